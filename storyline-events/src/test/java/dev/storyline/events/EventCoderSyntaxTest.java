package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder's rules for English news syntax: passives, participles, repeated predicates. */
class EventCoderSyntaxTest {

  @Test
  void takesTheReleasedPersonsAsTargetWhenTheyAreTheLexiconObject() {
    assertThat(triples(code("Turkey released dozens of journalists last week."))).contains("TUR>MED 08");
  }

  @Test
  void takesThePassiveSubjectAsTargetAndTheByAgentAsSource() {
    List<Event> events = code("Several journalists were released by Turkey last week.");
    assertThat(triples(events)).contains("TUR>MED 08");
    assertThat(events).allMatch(e -> e.cameo().equals("0841"));
  }

  @Test
  void takesTheNounAPastParticipleDescribesAsTargetAndItsByPhraseAsSource() {
    List<Event> events = code("Egypt welcomed the activists released by Israel.");
    assertThat(triples(events)).contains("ISR>OPP 08");
    assertThat(events).noneMatch(e -> e.source().code().equals("OPP") || e.source().code().equals("EGY") && e.rootCode().equals("08"));
  }

  @Test
  void codesNothingForAPastParticipleWithoutAByPhrase() {
    List<Event> events = code("Ghanaian activists detained for weeks were seen in Accra.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("17"));
  }

  @Test
  void takesTheNounAPresentParticipleDescribesAsSource() {
    assertThat(triples(code("Kenya condemned the shelling of a market by soldiers attacking Somali villages.")))
        .contains("MIL>SOM 19");
  }

  @Test
  void takesTheNounAReducedRelativeDescribesAsSubjectOfTheMainPassiveVerb() {
    List<Event> events = code("The activists jailed for criticising Minsk were released on Friday by Belarusian police.");
    assertThat(triples(events)).contains("BLRCOP>OPP 08");
    assertThat(events).noneMatch(e -> e.source().code().equals("OPP"));
  }

  @Test
  void matchesTheNounAReducedRelativeDescribesAsTheObjectOfTheMainPassiveVerb() {
    List<Event> events = code("The dissidents jailed for opposing Hanoi were released last week by Vietnam.");
    assertThat(events).anyMatch(e -> e.source().code().equals("VNM") && e.target() != null
        && e.target().code().equals("OPP") && e.cameo().equals("0841"));
  }

  @Test
  void takesTheSubjectOfAReducedRelativeParsedAsClausalSubjectAsThePassiveSubject() {
    List<Event> events = code("The civilians detained for protesting against Kabul were released yesterday by Afghan police.");
    assertThat(events).anyMatch(e -> e.source().code().equals("AFGCOP") && e.target() != null
        && e.target().code().equals("CVL") && e.cameo().equals("0841"));
  }

  @Test
  void codesOneEventForAVerbWhoseLineNamesItsObjectNoun() {
    List<Event> events = code("Militants launched an attack on Israeli soldiers.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).why()).contains("verb 'launched'");
  }

  @Test
  void keepsTheNounEventWhenTheVerbAboveItCodesNothing() {
    assertThat(triples(code("Al-Shabab claimed responsibility for the attack on Kenyan troops."))).contains("SOMREB>KENMIL 19");
  }

  @Test
  void takesTheCountryOfThePlaceAttendedAsTarget() {
    assertThat(triples(code("The Kenyan president attended a summit in Tokyo on Monday."))).contains("KENGOV>JPN 04");
  }

  @Test
  void codesWantingAnotherActorToActAsARequestToThatActor() {
    List<Event> events = code("Germany wants Poland to sanction Belarus.");
    assertThat(triples(events)).contains("DEU>POL 02");
    assertThat(events).noneMatch(e -> e.source().code().equals("POL"));
  }

  @Test
  void stillCodesWantingToActAsTheSubjectsIntent() {
    assertThat(triples(code("Germany wants to help Poland."))).contains("DEU>POL 03");
  }

  @Test
  void takesWhoeverDidTheThingCondemnedAsTargetForEachCondemner() {
    assertThat(triples(code("Japan and South Korea condemned the missile launch by North Korea on Sunday.")))
        .contains("JPN>PRK 11", "KOR>PRK 11");
    assertThat(triples(code("Germany criticised Hungary's decision to block the aid package.")))
        .contains("DEU>HUN 11");
  }

  @Test
  void leavesEnvoysWhoMeetAbroadWithoutTheHostsCountry() {
    assertThat(triples(code("Iranian officials met European negotiators in Geneva on Monday.")))
        .noneMatch(t -> t.contains("CHE"));
  }

  @Test
  void givesAnAgentTheCountryOfWhatItIsAnAgentOf() {
    List<Event> events = code("Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood.");
    assertThat(events).anyMatch(e -> e.source().code().equals("QAT") && e.target() != null
        && "EGY".equals(e.target().country()) && e.rootCode().equals("17"));
  }

  @Test
  void takesTheActorNamedJustBeforeAVerbTheParseLeftWithoutSubject() {
    // CoreNLP parses this with "free" as root and "announced" as its clausal subject.
    List<Event> events = code("Israel announced it would free 150 Palestinian prisoners.");
    assertThat(triples(events)).contains("ISR>PSE 03");
    assertThat(events).anyMatch(e -> e.why().contains("nearest before the predicate"));
  }

  @Test
  void givesAParticipleThatDescribesANounNoSubjectOfItsOwn() {
    assertThat(code("The USA helped the two exiled dissidents from Egypt.")).noneMatch(e -> e.rootCode().equals("17"));
  }

  @Test
  void leavesABareNounEventUnderAnotherVerbUncoded() {
    List<Event> events = code("A report alleged that the French military contributed to planning the massacres.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("20"));
  }

  @Test
  void codesARefusalToProvideSupportAsARejection() {
    assertThat(triples(code("France said it would not provide support to Israel."))).contains("FRA>ISR 12");
  }
}
