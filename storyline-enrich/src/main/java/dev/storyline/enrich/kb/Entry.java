package dev.storyline.enrich.kb;

import dev.storyline.model.Place;
import java.util.List;

/**
 * What a phrase names in the knowledge base.
 *
 * @param kind what sort of name it is
 * @param country the country named, or the country of the place, person or organisation
 * @param place the place named, for {@link Kind#PLACE}
 * @param people the office holders of that name, for {@link Kind#PERSON}
 * @param organization the organisation, for {@link Kind#ORGANIZATION}
 * @param sector the CAMEO sector, for {@link Kind#AGENT}
 */
public record Entry(
    Kind kind, Country country, Place place, List<Person> people, Organization organization, String sector) {

  /** Kinds of names, in the order of preference when one phrase names several things. */
  public enum Kind { PERSON, ORGANIZATION, COUNTRY, DEMONYM, CAPITAL, PLACE, AGENT }

  public Entry {
    people = people == null ? List.of() : List.copyOf(people);
  }
}
