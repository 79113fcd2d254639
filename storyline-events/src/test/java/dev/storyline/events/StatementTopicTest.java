package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static dev.storyline.events.Coding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A comment is aimed at the actor whose conduct its "over" or "about" phrase names. */
class StatementTopicTest {

  @Test
  void aimsConcernAtTheOwnerOfTheActivityItIsAbout() {
    assertThat(triples(code("Japan's chief cabinet secretary expressed concern on Tuesday over China's growing military activity near the Senkaku Islands.")))
        .anyMatch(t -> t.startsWith("JPN") && t.contains(">CHN") && t.endsWith(" 01"));
  }

  @Test
  void aimsConcernAtTheNationalityOfTheShipsItIsAbout() {
    assertThat(triples(code("The Philippine government voiced concern on Monday about Chinese coast guard ships near Scarborough Shoal.")))
        .anyMatch(t -> t.startsWith("PHL") && t.contains(">CHN") && t.endsWith(" 01"));
  }

  @Test
  void leavesAConcernAboutNoActorWithoutTarget() {
    assertThat(triples(code("Japan's chief cabinet secretary expressed concern on Tuesday over rising food prices.")))
        .noneMatch(t -> t.endsWith(" 01") && !t.contains(">-"));
  }
}
