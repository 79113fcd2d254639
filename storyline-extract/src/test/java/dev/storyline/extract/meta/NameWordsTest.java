package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {

  @Test
  void dropsTitlesBeforeTheName() {
    assertThat(NameWords.withoutTitleAndRole("Prof. Dr. Lene Voss")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Dr Lene Voss")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Dipl.-Ing. Lene Voss")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Phil Voss")).isEqualTo("Phil Voss");
  }

  @Test
  void endsTheNameBeforeTheJobAfterIt() {
    assertThat(NameWords.withoutTitleAndRole("Lene Voss Redakteurin")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Lene Voss Senior Reporter")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Lene Voss Staff Writer")).isEqualTo("Lene Voss");
    assertThat(NameWords.withoutTitleAndRole("Senior Editor")).isNull();
    assertThat(NameWords.withoutTitleAndRole("Lene Senior")).isEqualTo("Lene Senior");
  }

  @Test
  void knowsParticlesJoinedToTheFamilyName() {
    assertThat(NameWords.isJoinedParticle("al-Rashid")).isTrue();
    assertThat(NameWords.isJoinedParticle("d'Arcy")).isTrue();
    assertThat(NameWords.isJoinedParticle("also")).isFalse();
    assertThat(NameWords.isJoinedParticle("al-rashid")).isFalse();
  }
}
