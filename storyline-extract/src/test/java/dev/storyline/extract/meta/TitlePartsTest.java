package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlePartsTest {

  @Test
  void cutsAShortHeadlineFromTheOutletNamedAfterIt() {
    assertThat(TitleParts.withoutOutlet("Hope! - Meridian Wire", "meridian wire")).isEqualTo("Hope!");
  }

  @Test
  void cutsEveryPartOfTheOutletsNameAndSlogan() {
    assertThat(TitleParts.withoutOutlet("Ministers meet in Oslo » ★★ - Meridian Wire e.V.", "★★ - meridian wire e.v. - daily"))
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void cutsAnOutletSetBeforeAPipeWithoutSpaces() {
    assertThat(TitleParts.withoutOutlet("MERIDIAN WIRE|Ministers meet in Oslo", "meridian wire"))
        .isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void keepsAHeadlinePartThatMentionsTheOutlet() {
    assertThat(TitleParts.withoutOutlet("wire.example - Outdoor news - Snow maps now on wire.example", "wire.example"))
        .isEqualTo("Outdoor news - Snow maps now on wire.example");
  }

  @Test
  void leavesTitlesThatNameNoOutlet() {
    assertThat(TitleParts.withoutOutlet("Ministers meet in Oslo - and agree on nothing", "meridian wire")).isNull();
  }

  @Test
  void findsHeadlineAfterKickerAndColon() {
    assertThat(TitleParts.isLaterPart("anna berg: our true selves - meridian wire", "our true selves")).isTrue();
  }

  @Test
  void findsHeadlineAfterSiteAndSectionNames() {
    assertThat(TitleParts.isLaterPart("four pines » blog archive » how small integers are interned",
        "how small integers are interned")).isTrue();
  }

  @Test
  void takesNoShortNameAtTheEndOrAnyPartAtTheStartForTheHeadline() {
    assertThat(TitleParts.isLaterPart("whisky tastings in may - whisky.example", "whisky.example")).isFalse();
    assertThat(TitleParts.isLaterPart("four pines » blog archive » how small integers are interned", "four pines")).isFalse();
    assertThat(TitleParts.isLaterPart("anna berg: our true selves", "our true")).isFalse();
  }

  @Test
  void findsAHeadlineSetBeforeItsSubtitle() {
    assertThat(TitleParts.isFirstPart("ministers meet in oslo - talks end without a deal", "ministers meet in oslo")).isTrue();
  }

  @Test
  void takesAShortFirstPartForASiteNameNotAHeadline() {
    assertThat(TitleParts.isFirstPart("meridian wire - ministers meet in oslo", "meridian wire")).isFalse();
    assertThat(TitleParts.isFirstPart("ministers meet in oslo today", "ministers meet in oslo")).isFalse();
  }
}
