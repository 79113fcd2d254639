package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLabelsTest {

  @Test
  void readsLabelsThatEndTheTextBeforeADate() {
    assertThat(DateLabels.endsWithPublished("Erschienen am ")).isTrue();
    assertThat(DateLabels.endsWithPublished("Publié le")).isTrue();
    assertThat(DateLabels.endsWithPublished("Published on 3 May by")).isFalse();
    assertThat(DateLabels.endsWithModified("Letzte Änderung:")).isTrue();
    assertThat(DateLabels.endsWithModified("Veröffentlicht am")).isFalse();
  }

  @Test
  void findsPublicationWordsInAnySpellingOfCase() {
    assertThat(DateLabels.mayHoldPublished("Startseite | VERÖFFENTLICHT AM")).isTrue();
    assertThat(DateLabels.mayHoldPublished("… dans la rubrique. PUBLIÉ LE")).isTrue();
    assertThat(DateLabels.mayHoldPublished("Die Stadt teilte am Montag mit")).isFalse();
  }

  @Test
  void readsLabelsOfDatesThatAreNotTheStorys() {
    assertThat(DateLabels.endsWithOther("Registriert: ")).isTrue();
    assertThat(DateLabels.endsWithOther("Die Preise gelten ab")).isTrue();
    assertThat(DateLabels.endsWithOther("Release:")).isTrue();
    assertThat(DateLabels.endsWithOther("Kebab")).isFalse();
    assertThat(DateLabels.endsWithOther("Veröffentlicht am")).isFalse();
  }

  @Test
  void readsACreditBeforeThePostsDate() {
    assertThat(DateLabels.endsWithCredit("Author: Bo2man am ")).isTrue();
    assertThat(DateLabels.endsWithCredit("Posted by jane_doe on")).isTrue();
    assertThat(DateLabels.endsWithCredit("Der Antrag wurde von den Abgeordneten der größten Fraktion am")).isFalse();
    assertThat(DateLabels.endsWithCredit("Posted by Jane Doe")).isFalse();
  }

  @Test
  void findsCreditAndItsPrepositionOnlyAsWholeWords() {
    assertThat(DateLabels.mayHoldCredit("Beitrag von admin am")).isTrue();
    assertThat(DateLabels.mayHoldCredit("POSTED BY JANE ON")).isTrue();
    assertThat(DateLabels.mayHoldCredit("Die Stadt teilte davon am Montag mit")).isFalse();
    assertThat(DateLabels.mayHoldCredit("Posted by Jane")).isFalse();
  }
}
