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

  @Test
  void codesNothingThatASpeakerDenies() {
    assertThat(code("The Kremlin denied that Russian forces had targeted civilians in Kharkiv."))
        .noneMatch(e -> e.rootCode().equals("19"));
    assertThat(code("Seoul rejected claims that its navy fired on North Korean boats."))
        .noneMatch(e -> e.rootCode().equals("19"));
    assertThat(triples(code("Russian forces targeted civilians in Kharkiv."))).contains("RUSMIL>UKRCVL 19");
  }

  @Test
  void givesAPassiveWithoutByPhraseNoSourceFromTheClauseAbove() {
    assertThat(code("Iran threatened to close the Strait of Hormuz if it is attacked."))
        .noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void takesWhatForceWasAimedAtAsTarget() {
    assertThat(triples(code("Police in Nairobi fired tear gas at demonstrators on Tuesday."))).contains("KENCOP>KENOPP 17");
  }

  @Test
  void readsAPastParticipleWithAnObjectAsAPastTense() {
    // The tagger marks "killed" VBN here; with its object it cannot describe "strikes".
    assertThat(triples(code("Israeli air strikes killed at least 20 people in Gaza overnight, Palestinian health officials said.")))
        .contains("ISR>PSECVL 19");
  }

  @Test
  void readsARegionalAdjectiveAsNoCountry() {
    assertThat(code("Venezuela expelled diplomats from seven Latin American countries."))
        .noneMatch(e -> e.target() != null && "USA".equals(e.target().country()));
  }

  @Test
  void codesAPromiseToSendWeaponSystemsAsIntentToGiveMilitaryAid() {
    assertThat(code("Germany will send more air defence systems to Ukraine, Chancellor Friedrich Merz said."))
        .anyMatch(e -> e.source().code().equals("DEU") && e.target() != null && e.target().code().equals("UKR")
            && e.cameo().equals("0332"));
  }

  @Test
  void takesTheAccusedAsTheDoerOfWhatTheyAreAccusedOf() {
    List<Event> events = code("Moscow accused Kyiv of shelling Russian border villages.");
    assertThat(triples(events)).contains("RUS>UKR 11");
    assertThat(events).noneMatch(e -> e.source().code().equals("RUS") && e.rootCode().equals("19"));
  }

  @Test
  void codesTheAppealButNotWhatItAsksFor() {
    List<Event> events = code("Polish President Karol Nawrocki called on NATO to deploy more troops in Poland.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("02") && e.target() != null && e.target().code().startsWith("IGO"));
    assertThat(events).noneMatch(e -> e.rootCode().equals("15"));
    assertThat(code("The UN Security Council demanded the release of the detained president."))
        .noneMatch(e -> e.rootCode().equals("08"));
  }

  @Test
  void givesCountrylessFightersTheCountryTheyFoughtIn() {
    assertThat(triples(code("Rebels attacked an army base in northern Mali on Sunday."))).contains("MLIREB>MLIMIL 19");
  }

  @Test
  void pairsTheSidesOfAMutualExchange() {
    assertThat(triples(code("Ethiopia and Eritrea traded accusations over troop movements.")))
        .contains("ETH>ERI 11", "ERI>ETH 11");
    assertThat(triples(code("Indian troops and Pakistani soldiers exchanged fire on Wednesday.")))
        .contains("INDMIL>PAKMIL 19", "PAKMIL>INDMIL 19");
  }

  @Test
  void aimsDisapprovalOfAnEventAtTheCountryItHappenedIn() {
    assertThat(triples(code("The African Union condemned the coup in Niger."))).anyMatch(t -> t.endsWith(">NER 11"));
  }

  @Test
  void prefersTheNameInAppositionToTheNationalityOfItsNoun() {
    assertThat(triples(code("Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on Tuesday.")))
        .contains("CHNGOV>RUSGOV 04");
  }

  @Test
  void readsTheTwoMinistersAsTheArticlesTwoLeadingOfficials() {
    List<Event> events = code("Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on Tuesday."
        + " The two ministers discussed the war in Ukraine.");
    assertThat(events).anyMatch(e -> e.mentions().get(0).sentenceIndex() == 1 && e.source().code().equals("CHNGOV")
        && e.target() != null && e.target().code().equals("RUSGOV"));
  }

  @Test
  void takesTheNounBeforeARelativePronounAsItsReferent() {
    List<Event> events = code("Protesters in Nairobi threw stones at police, who responded with tear gas.");
    assertThat(triples(events)).contains("KENOPP>KENCOP 14");
    assertThat(events).anyMatch(e -> e.rootCode().equals("17") && e.source().code().endsWith("COP"));
  }

  @Test
  void codesSuspendingAMemberAsReducingRelations() {
    assertThat(triples(code("The African Union suspended Gabon after a military coup."))).contains("IGOAFU>GAB 16");
  }

  @Test
  void codesAnOutcomeClauseWithTheSameRootAsPartOfItsEvent() {
    List<Event> events = code("Russian troops shelled the Ukrainian city of Kharkiv, killing at least eight people.");
    assertThat(events).filteredOn(e -> e.rootCode().equals("19")).allMatch(e -> e.why().contains("'shelled'"));
  }

  @Test
  void codesAPledgeToActAsTheIntentOfThatActOnly() {
    List<Event> events = code("Japan and South Korea pledged to deepen security cooperation on Monday.");
    assertThat(triples(events)).contains("JPN>KOR 03", "KOR>JPN 03");
    assertThat(events).noneMatch(e -> e.cameo().equals("030")).anyMatch(e -> e.cameo().equals("031"));
  }

  @Test
  void codesAttendingAnEventAbroadAsAVisitToItsCountry() {
    assertThat(triples(code("Indian Prime Minister Narendra Modi attended the inauguration ceremony in Washington on Monday.")))
        .contains("INDGOV>USA 04");
  }

  @Test
  void givesAnAgentTheCountryOfItsOwnerPastAnAdjective() {
    assertThat(triples(code("Syria's new leader visited Saudi Arabia on his first trip abroad."))).contains("SYRGOV>SAU 04");
  }

  @Test
  void takesThePrepositionalObjectOfAPhrasalVerbAsTarget() {
    assertThat(triples(code("Iran lashed out at the United States on Monday over the new sanctions.")))
        .contains("IRN>USA 11");
    assertThat(triples(code("Saudi Arabia cut off ties with Qatar on Monday."))).contains("SAU>QAT 16");
    assertThat(triples(code("Russia turned down a request from Japan."))).contains("RUS>JPN 12");
  }

  @Test
  void readsBritishSpellingsOfTheLexiconsVerbs() {
    assertThat(code("Students organised a protest against the government in Dhaka."))
        .anyMatch(e -> e.rootCode().equals("14") && e.source().country().equals("BGD"));
  }

  @Test
  void codesWhatAnActorAgreesOrIsReadyToDoAsIntent() {
    assertThat(code("Iran agreed to resume talks with the European Union next month."))
        .anyMatch(e -> e.cameo().equals("036") && e.source().code().equals("IRN"))
        .noneMatch(e -> e.rootCode().equals("04"));
    assertThat(triples(code("Japan is ready to help the Philippines after the typhoon."))).contains("JPN>PHL 03");
  }

  @Test
  void parsesASentenceWhoseOnlyPredicateHasAnIntentLine() {
    assertThat(triples(code("China will work with India on trade."))).contains("CHN>IND 03");
  }
}
