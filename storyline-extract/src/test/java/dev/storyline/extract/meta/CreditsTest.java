package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {

  @Test
  void recognisesCreditOpeningsInSeveralLanguages() {
    assertThat(Credits.opensCredit("Von Anna Roth")).isTrue();
    assertThat(Credits.opensCredit("Par Jeanne Lys")).isTrue();
    assertThat(Credits.opensCredit("Written by: Julie Moll")).isTrue();
    assertThat(Credits.opensCredit("Ein Artikel von Pamela Sand")).isTrue();
    assertThat(Credits.opensCredit("Von morgen an gilt die Regel")).isFalse();
    assertThat(Credits.opensCredit("Ursula von der Leyen sagte")).isFalse();
  }

  @Test
  void passesOverProseWithoutRunningThePatterns() {
    assertThat(Credits.mayOpen("  Von ")).isTrue();
    assertThat(Credits.mayOpen("12.03.2021 von Olga")).isTrue();
    assertThat(Credits.mayOpen("ByAlex Roe")).isTrue();
    assertThat(Credits.mayOpen("Die Stadt teilte mit")).isFalse();
    assertThat(Credits.mayOpen("   ")).isFalse();
  }

  @Test
  void recognisesLabelsStandingAlone() {
    assertThat(Credits.isLabel("Autor:")).isTrue();
    assertThat(Credits.isLabel("Autor: Ana Roe")).isFalse();
  }

  @Test
  void opensCreditAfterARuleOfDashes() {
    assertThat(Credits.opensCredit("---- by Kenan Sorel")).isTrue();
    assertThat(Credits.afterLead("— By Kenan Sorel")).isEqualTo("Kenan Sorel");
    assertThat(Credits.opensCredit("---- bye for now")).isFalse();
  }

  @Test
  void opensCreditAfterAWrittenOutDate() {
    assertThat(Credits.opensCredit("March 3, 2021 by Kenan Sorel")).isTrue();
    assertThat(Credits.opensCredit("3. März 2021 von Kenan Sorel")).isTrue();
    assertThat(Credits.mayOpen("March 3, 2021 by Kenan Sorel")).isTrue();
    assertThat(Credits.opensCredit("March 3, 2021 was a Wednesday")).isFalse();
  }

  @Test
  void opensCreditWithTheReportersJobBeforeTheName() {
    assertThat(Credits.afterLead("Von unserer Korrespondentin Kenan Sorel")).isEqualTo("Kenan Sorel");
    assertThat(Credits.afterLead("Texte : Kenan Sorel")).isEqualTo("Kenan Sorel");
    assertThat(Credits.afterLead("Interview: Kenan Sorel")).isEqualTo("Kenan Sorel");
  }
}
