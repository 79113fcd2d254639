package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void splitsOutletSuffixOffHeadline() {
    assertThat(Titles.split("Ministers meet in Oslo - BBC")).containsExactly("Ministers meet in Oslo", "BBC");
    assertThat(Titles.split("Ministers meet in Oslo | The Continental Post"))
        .containsExactly("Ministers meet in Oslo", "The Continental Post");
  }

  @Test
  void keepsDashesAndColonsThatBelongToTheHeadline() {
    assertThat(Titles.split("Ministers meet in Oslo - and agree on nothing"))
        .containsExactly("Ministers meet in Oslo - and agree on nothing", null);
    assertThat(Titles.split("Oslo talks: a breakthrough")).containsExactly("Oslo talks: a breakthrough", null);
  }

  @Test
  void stripsKnownOutletBeforeOrAfterTitle() {
    assertThat(Titles.strip("Meridian Wire: Ministers meet in Oslo", "Meridian Wire")).isEqualTo("Ministers meet in Oslo");
    assertThat(Titles.strip("Ministers meet in Oslo – meridian wire", "Meridian Wire")).isEqualTo("Ministers meet in Oslo");
  }
}
