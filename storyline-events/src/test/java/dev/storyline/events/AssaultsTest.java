package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Killing by irregulars and civilians, and by rebels of civilians, is assault (18), not conventional force (19). */
class AssaultsTest {

  private static Actor agent(String country, String role) {
    return new Actor(role, country, role, Actor.code(country, role), ActorKind.AGENT);
  }

  @Test
  void codesAKillingBySuicideBomberAsAssault() {
    List<Event> events = code("A suicide bomber killed nine people at a checkpoint in northwest Pakistan on Friday.");
    assertThat(events).anyMatch(e -> e.rootCode().equals("18")).noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void turnsRebelForceOnCiviliansIntoAssault() {
    assertThat(Assaults.code("190", agent("MOZ", "REB"), agent("MOZ", "CVL"))).isEqualTo("180");
  }

  @Test
  void keepsRebelsFightingTroopsAsConventionalForce() {
    assertThat(Assaults.code("190", agent("NGA", "REB"), agent("NGA", "MIL"))).isEqualTo("190");
  }

  @Test
  void keepsAirStrikesAsTheirOwnCodeWhoeverLaunchesThem() {
    assertThat(Assaults.code("195", agent("YEM", "RAD"), agent("SAU", "CVL"))).isEqualTo("195");
  }

  @Test
  void codesSettlersRaidingAVillageAsAssault() {
    List<Event> events = code("Israeli settlers attacked the Palestinian village of Burqa, burning homes and cars.");
    assertThat(events).anyMatch(e -> e.source().code().equals("ISRCVL") && e.rootCode().equals("18"))
        .noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void codesProtestersWhoClashWithPoliceAsARiotInTheCountryOfTheCity() {
    assertThat(triples(code("Thousands of anti-government protesters clashed with police in Serbia's northern city of Novi Sad.")))
        .contains("SRBOPP>SRBCOP 14");
  }

  @Test
  void codesPoliceForceAgainstACrowdAsRepression() {
    assertThat(code("Kenyan police attacked protesters in Nairobi on Tuesday."))
        .anyMatch(e -> e.cameo().equals("175") && e.source().code().equals("KENCOP"));
  }
}
