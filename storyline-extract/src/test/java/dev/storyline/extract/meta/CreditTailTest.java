package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditTailTest {

  @Test
  void endsTheNamesAtAWrittenOutDateWithItsPreposition() {
    assertThat(CreditTail.cut("Mila Trent on March 3, 2021")).isEqualTo("Mila Trent");
    assertThat(CreditTail.cut("Mila Trent Published September 12, 2022")).isEqualTo("Mila Trent");
    assertThat(CreditTail.cut("Mila Trent am 3. März 2021")).isEqualTo("Mila Trent");
  }

  @Test
  void endsTheNamesBeforeTheOutletTheyWriteFor() {
    assertThat(CreditTail.cut("Mila Trent For Courier.com")).isEqualTo("Mila Trent");
    assertThat(CreditTail.cut("Mila Trent für den Kurier")).isEqualTo("Mila Trent");
  }

  @Test
  void endsTheNamesBeforeTheCategoryABlogFilesThePostIn() {
    assertThat(CreditTail.cut("Mila Trent under Reisen, Alltag")).isEqualTo("Mila Trent");
    assertThat(CreditTail.cut("Mila Trent in Allgemein")).isEqualTo("Mila Trent");
  }

  @Test
  void keepsNamesThatContainAMonthOrAPreposition() {
    assertThat(CreditTail.cut("April Onwu")).isEqualTo("April Onwu");
    assertThat(CreditTail.cut("Juan el Mayor")).isEqualTo("Juan el Mayor");
  }

  @Test
  void tellsPictureCreditsFromTextCredits() {
    assertThat(CreditTail.creditsPicture("Foto: Mila Trent")).isTrue();
    assertThat(CreditTail.creditsPicture("Text: Mila Trent")).isFalse();
  }
}
