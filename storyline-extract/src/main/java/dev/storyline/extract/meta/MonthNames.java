package dev.storyline.extract.meta;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month names, full and abbreviated, in English, German, French, Spanish, Italian, Portuguese and
 * Dutch, and in full in Russian, Ukrainian and Polish (nominative, and the genitive that dates use),
 * each also without accents and with German umlauts spelled out, as plain-text pages and ASCII-only
 * feeds write them.
 */
final class MonthNames {

  /**
   * Row i names month i + 1. English names come before the bar, the other languages after it; the
   * split matters because only English writes the month before the day.
   */
  private static final String[] ROWS = {
    "january jan | januar jänner jän janvier janv enero ene gennaio gen janeiro januari"
        + " январь января січень січня styczeń stycznia",
    "february feb | februar feber februari février févr fév febrero febbraio fevereiro fev"
        + " февраль февраля лютий лютого luty lutego",
    "march mar | märz mär mrz mars marzo março maart mrt"
        + " март марта березень березня marzec marca",
    "april apr | avril avr abril abr aprile"
        + " апрель апреля квітень квітня kwiecień kwietnia",
    "may | mai mayo maggio mag maio mei"
        + " май мая травень травня maj maja",
    "june jun | juni juin junio giugno giu junho"
        + " июнь июня червень червня czerwiec czerwca",
    "july jul | juli juillet juil julio luglio lug julho"
        + " июль июля липень липня lipiec lipca",
    "august aug | août aoû agosto ago augustus"
        + " август августа серпень серпня sierpień sierpnia",
    "september sep sept | septembre septiembre setiembre set settembre setembro"
        + " сентябрь сентября вересень вересня wrzesień września",
    "october oct | oktober okt octobre octubre ottobre ott outubro out"
        + " октябрь октября жовтень жовтня październik października",
    "november nov | novembre noviembre novembro"
        + " ноябрь ноября листопад листопада listopad listopada",
    "december dec | dezember dez décembre déc diciembre dic dicembre dezembro"
        + " декабрь декабря грудень грудня grudzień grudnia",
  };

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  /** Regular-expression alternation of every name, longest first so "marzo" wins over "mar". */
  static final String ANY;

  /** Regular-expression alternation of the English names, longest first. */
  static final String ENGLISH;

  static {
    Set<String> english = new LinkedHashSet<>();
    for (int i = 0; i < ROWS.length; i++) {
      String[] halves = ROWS[i].split("\\|");
      for (int half = 0; half < halves.length; half++) {
        for (String name : halves[half].strip().split("\\s+")) {
          for (String spelling : spellings(name)) {
            Integer before = NUMBERS.put(spelling, i + 1);
            if (before != null && before != i + 1) {
              // A name in two rows would make the month depend on table order.
              throw new IllegalStateException("month name in two rows: " + spelling);
            }
            if (half == 0) {
              english.add(spelling);
            }
          }
        }
      }
    }
    ANY = alternation(NUMBERS.keySet());
    ENGLISH = alternation(english);
  }

  private MonthNames() {}

  /** The month (1 to 12) a name listed here stands for, in any letter case; 0 for other words. */
  static int number(String name) {
    return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static Set<String> spellings(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    out.add(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
    out.add(name.replace("ä", "ae"));
    return out;
  }

  private static String alternation(Set<String> names) {
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
  }
}
