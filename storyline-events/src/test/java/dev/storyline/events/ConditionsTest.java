package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Predicates the sentence does not report as done: conditions, open questions, requests. */
class ConditionsTest {

  @Test
  void codesNothingForAnAttackThatIsOnlyACondition() {
    List<Event> events = code("If Iran attacks Israel, Washington would defend its ally, a senior U.S. official told reporters.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("19"));
  }

  @Test
  void codesTheThreatButNotTheAttackItsConditionNames() {
    List<Event> events = code("Iran threatened on Sunday to close the Strait of Hormuz if the United States attacked its nuclear sites.");
    assertThat(events).noneMatch(e -> e.source().code().equals("USA") && e.rootCode().equals("19"));
  }

  @Test
  void codesTheDemandButNotTheWithdrawalItAsksFor() {
    List<Event> events = code("Russia has demanded that Ukraine withdraw its troops from the Donetsk region.");
    assertThat(triples(events)).contains("RUS>UKR 10");
    assertThat(events).noneMatch(e -> e.rootCode().equals("08"));
  }

  @Test
  void codesNothingForWhatAGovernmentHasNotDecidedWhetherToDo() {
    List<Event> events = code("The Philippines has not decided whether to host US missile systems, its defence secretary said.");
    assertThat(events).noneMatch(e -> e.rootCode().equals("04"));
  }
}
