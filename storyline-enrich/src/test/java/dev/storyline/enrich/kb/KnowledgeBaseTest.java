package dev.storyline.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.enrich.Tsv;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @Test
  void pastLeaderSurnamesResolveOnlyWithinTheirTerm() {
    assertThat(KB.bySurname("Obama", day("2009-06-01")))
        .singleElement().satisfies(p -> {
          assertThat(p.iso3()).isEqualTo("USA");
          assertThat(p.sector()).isEqualTo("GOV");
          assertThat(p.title()).isEqualTo("President");
        });
    assertThat(KB.bySurname("Obama", day("2020-06-01"))).isEmpty();
    assertThat(KB.bySurname("Olmert", day("2007-06-01"))).extracting(Person::iso3).containsExactly("ISR");
    assertThat(KB.bySurname("Olmert", day("2010-06-01"))).isEmpty();
    assertThat(KB.bySurname("Musharraf", day("2005-01-01"))).extracting(Person::title).containsExactly("President");
  }

  @Test
  void aSurnameResolvesInAnySpellingTheKnowledgeBaseGives() {
    // Reuters writes "Zelenskiy", the name is listed as "Zelenskyy".
    assertThat(KB.bySurname("Zelenskiy", day("2025-06-01"))).extracting(Person::iso3).containsExactly("UKR");
    // Only surnames: an alias's first name ("Vladimir Zelensky") does not make "Vladimir" ambiguous.
    assertThat(KB.bySurname("Vladimir", day("2025-06-01"))).extracting(Person::name).containsExactly("Vladimir Putin");
  }

  @Test
  void onePersonResolvesToTheOfficeHeldOnTheDay() {
    assertThat(KB.bySurname("Medvedev", day("2009-06-01")))
        .singleElement().satisfies(p -> {
          assertThat(p.iso3()).isEqualTo("RUS");
          assertThat(p.title()).isEqualTo("President");
        });
    assertThat(KB.bySurname("Medvedev", day("2015-06-01")))
        .singleElement().satisfies(p -> {
          assertThat(p.iso3()).isEqualTo("RUS");
          assertThat(p.title()).isEqualTo("Prime Minister");
        });
  }

  @Test
  void sharedSurnamesAcrossGenerationsAreSeparatedByDate() {
    assertThat(KB.bySurname("Bush", day("1991-03-01"))).extracting(Person::name).containsExactly("George H. W. Bush");
    assertThat(KB.bySurname("Bush", day("2005-03-01"))).extracting(Person::name).containsExactly("George W. Bush");
    assertThat(KB.bySurname("Bush", day("1997-03-01"))).isEmpty();
    assertThat(KB.bySurname("Clinton", day("1995-03-01"))).extracting(Person::name).containsExactly("Bill Clinton");
    assertThat(KB.bySurname("Clinton", day("2010-03-01")))
        .extracting(Person::name, Person::title).containsExactly(tuple("Hillary Clinton", "Secretary of State"));
    assertThat(KB.bySurname("Assad", day("1995-03-01"))).extracting(Person::name).containsExactly("Hafez al-Assad");
    assertThat(KB.bySurname("Assad", day("2012-03-01"))).extracting(Person::name).containsExactly("Bashar al-Assad");
  }

  @Test
  void surnameSharedByDifferentPeopleOnOneDayStaysAmbiguous() {
    // The resolver gives up when the people returned have more than one name.
    assertThat(KB.bySurname("Kim", day("2000-06-13")).stream().map(Person::name).distinct())
        .contains("Kim Dae-jung", "Kim Jong Il");
  }

  @Test
  void currentLeadersStillResolveBySurname() {
    LocalDate day = day("2026-03-18");
    assertThat(KB.bySurname("Lee", day)).extracting(Person::name).containsOnly("Lee Jae Myung");
    assertThat(KB.bySurname("Putin", day)).extracting(Person::title).containsExactly("President");
    assertThat(KB.bySurname("Trump", day)).extracting(Person::name).containsOnly("Donald Trump");
    assertThat(KB.bySurname("Netanyahu", day)).extracting(Person::iso3).containsOnly("ISR");
  }

  @Test
  void fullNamesAndSpellingsOfPastHoldersAreLookedUp() {
    assertThat(person("Hu Jintao", day("2008-06-01"))).extracting(Person::iso3, Person::title)
        .containsExactly("CHN", "President");
    assertThat(person("Mahmoud Ahmadinejad", day("2008-06-01")).iso3()).isEqualTo("IRN");
    assertThat(person("Moamer Kadhafi", day("2008-06-01")).iso3()).isEqualTo("LBY");
    assertThat(person("Condoleezza Rice", day("2006-06-01")).title()).isEqualTo("Secretary of State");
    assertThat(person("Ban Ki-moon", day("2010-06-01")).sector()).isEqualTo("IGO");
    assertThat(person("Ban Ki-moon", day("2005-06-01")).iso3()).isEqualTo("KOR");
    assertThat(person("Kofi Annan", day("2003-06-01")).title()).isEqualTo("Secretary-General of the United Nations");
    assertThat(person("George Bush", day("1991-06-01")).name()).isEqualTo("George H. W. Bush");
    assertThat(person("George Bush", day("2003-06-01")).name()).isEqualTo("George W. Bush");
  }

  @Test
  void everyOfficeHolderRowHasAKnownCountryAndOrderedDates() {
    List<String[]> rows = Tsv.read(KnowledgeBase.class, "people.tsv", 7);
    assertThat(rows).hasSizeGreaterThan(1000);
    for (String[] r : rows) {
      String row = String.join(" | ", r);
      assertThat(r).as(row).hasSize(7);
      assertThat(r[3]).as(row).isIn("GOV", "IGO", "MIL");
      if (!r[2].isEmpty()) {
        assertThat(KB.country(r[2])).as(row).isPresent();
      }
      LocalDate start = LocalDate.parse(r[5]);
      if (!r[6].isEmpty()) {
        assertThat(LocalDate.parse(r[6])).as(row).isAfterOrEqualTo(start);
      }
      String[] words = Names.key(r[0]).split(" ");
      for (String alias : Tsv.list(r[1])) {
        // Bare surnames are derived from the name and date-limited; listed as aliases they would match at any date.
        assertThat(Names.key(alias)).as("bare surname listed as alias: " + row).isNotIn(words[0], words[words.length - 1]);
      }
    }
  }

  private static Person person(String name, LocalDate day) {
    List<Entry> entries = KB.lookup(name);
    assertThat(entries).as(name).isNotEmpty();
    assertThat(entries.get(0).kind()).as(name).isEqualTo(Entry.Kind.PERSON);
    return entries.get(0).people().stream().filter(p -> p.heldOn(day)).findFirst().orElseThrow();
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
