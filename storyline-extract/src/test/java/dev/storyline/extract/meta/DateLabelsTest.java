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
}
