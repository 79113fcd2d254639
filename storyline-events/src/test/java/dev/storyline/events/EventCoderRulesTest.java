package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coder's rules for several subjects, places, converse verbs, promises and pronouns. */
class EventCoderRulesTest {

  @Test
  void codesEachPairOfCountriesThatMetWithoutAnObject() {
    List<Event> events = code("France, Germany and Italy met in Rome on Friday.");
    assertThat(triples(events)).contains("FRA>DEU 04", "DEU>FRA 04", "FRA>ITA 04", "ITA>FRA 04", "DEU>ITA 04", "ITA>DEU 04");
  }

  @Test
  void codesBothSidesOfADealTwoCountriesSigned() {
    List<Event> events = code("Brazil and Argentina signed a trade agreement.");
    assertThat(triples(events)).contains("BRA>ARG 05", "ARG>BRA 05");
  }

  @Test
  void doesNotPairSubjectsOfAVerbThatIsNotMutual() {
    List<Event> events = code("Japan and Australia protested.");
    assertThat(events).noneMatch(e -> e.target() != null);
  }

  @Test
  void givesProtestersAndPoliceTheCountryOfTheCityTheyClashedIn() {
    List<Event> events = code("Protesters clashed with police in Seoul on Tuesday.");
    assertThat(events).anyMatch(e -> "KOR".equals(e.source().country())
        && Set.of("OPP", "CVL").contains(e.source().role())
        && e.target() != null && "KOR".equals(e.target().country()) && "COP".equals(e.target().role())
        && (e.rootCode().equals("14") || Set.of("17", "18", "19").contains(e.rootCode()))
        && e.location() != null && e.location().name().equals("Seoul"));
  }

  @Test
  void takesTheCountryOfAShelledCityAsTarget() {
    List<Event> events = code("Rebels shelled Homs overnight.");
    assertThat(triples(events)).contains("SYRREB>SYR 19");
  }

  @Test
  void takesTheCountryOfADrillAreaAsTargetOfAShowOfForce() {
    List<Event> events = code("Russia is holding naval drills in Alaska.");
    assertThat(triples(events)).contains("RUS>USA 15");
  }

  @Test
  void keepsAStatementWithoutTargetWhenAPlaceIsNamed() {
    List<Event> events = code("Brazil said on Monday in Lima that it was ready.");
    assertThat(events).noneMatch(e -> e.target() != null && "PER".equals(e.target().country()));
  }

  @Test
  void codesTheGiverAsSourceWhenWeaponsAreReceived() {
    List<Event> events = code("Kenyan police received weapons from Britain.");
    assertThat(triples(events)).contains("GBR>KENCOP 07");
  }

  @Test
  void codesPressureFromLawmakersAsTheirDemand() {
    List<Event> events = code("The Kenyan president faces pressure from lawmakers in Nairobi.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("10") && "LEG".equals(e.source().role())
        && e.target() != null && "KEN".equals(e.target().country()));
  }

  @Test
  void codesTroopsEngagedInAFirefightAsSmallArmsFighting() {
    List<Event> events = code("Indian troops engaged Chinese soldiers in a firefight.");
    assertThat(events).anyMatch(e -> e.cameo().equals("193") && "IND".equals(e.source().country())
        && e.target() != null && "CHN".equals(e.target().country()));
  }

  @Test
  void codesEvidencePresentedAgainstACountryAsAnAccusation() {
    List<Event> events = code("Evidence against Iran was presented by Israel.");
    assertThat(triples(events)).contains("ISR>IRN 11");
  }

  @Test
  void codesTheAccusedOfAReportedClause() {
    List<Event> events = code("Iran alleged that Israel had sabotaged the plant.");
    assertThat(triples(events)).contains("IRN>ISR 11");
  }

  @Test
  void codesAPromiseToSupplyArmsAsIntentToGiveMilitaryAid() {
    List<Event> events = code("Egypt will supply arms to Libya.");
    assertThat(events).anyMatch(e -> e.cameo().equals("0332") && e.source().code().equals("EGY")
        && e.target() != null && e.target().code().equals("LBY"));
  }

  @Test
  void codesAPledgeToExpelDiplomatsAsTheExpulsionItself() {
    List<Event> events = code("Chile pledged to expel Peruvian diplomats.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("16") && e.source().code().equals("CHL")
        && e.target() != null && "PER".equals(e.target().country()));
  }

  @Test
  void resolvesItToTheCountryThatSaidSo() {
    List<Event> events = code("Russia said it would send troops to Syria.");
    assertThat(triples(events)).contains("RUS>SYR 03");
  }

  @Test
  void codesNoAttackWhenAMissileWasNotFired() {
    List<Event> events = code("Iran did not fire a missile at Iraq on Sunday.");
    assertThat(events).noneMatch(e -> e.quadClass() == 4);
  }
}
