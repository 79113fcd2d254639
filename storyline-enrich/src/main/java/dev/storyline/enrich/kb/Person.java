package dev.storyline.enrich.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * A person holding an office over a period.
 *
 * @param name full name as news writes it
 * @param aliases other spellings
 * @param iso3 the office's country, or null for international posts
 * @param sector CAMEO sector of the office (GOV, IGO, MIL)
 * @param title the office ("President")
 * @param start first day in office, or null when unknown
 * @param end last day in office, or null while in office
 */
public record Person(
    String name, List<String> aliases, String iso3, String sector, String title, LocalDate start, LocalDate end) {

  public Person {
    aliases = List.copyOf(aliases);
  }

  /** Whether the person held the office on that day; an unknown day means today. */
  public boolean heldOn(LocalDate day) {
    LocalDate d = day == null ? LocalDate.now() : day;
    return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
  }
}
