package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
  @Test
  void splitsShortCapitalisedSuffixesOnly() {
    assertThat(Headlines.split("Ministers meet in Oslo - BBC")).containsExactly("Ministers meet in Oslo", "BBC");
    assertThat(Headlines.split("Ministers meet in Oslo | The Continental Post")).containsExactly("Ministers meet in Oslo", "The Continental Post");
    assertThat(Headlines.split("Ministers meet in Oslo - and agree on nothing")).containsExactly("Ministers meet in Oslo - and agree on nothing", null);
    assertThat(Headlines.split("Oslo talks: a breakthrough")).containsExactly("Oslo talks: a breakthrough", null);
  }

  @Test
  void bylinesDropRolesAndSplitNames() {
    assertThat(Bylines.byLine("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
    assertThat(Bylines.byLine("By Staff Reporter")).isEmpty();
    assertThat(Bylines.names("Kim Min-ji | Reuters")).containsExactly("Kim Min-ji");
    assertThat(Bylines.correspondent("Jo Park, our Seoul correspondent, reports that talks ended.")).isEqualTo("Jo Park");
    assertThat(Bylines.correspondent("Jo Park said talks ended.")).isNull();
  }
}
