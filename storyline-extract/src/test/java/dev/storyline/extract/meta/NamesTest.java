package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void splitsSeveralAuthorsAndDropsRolesAndOutlets() {
    assertThat(Names.people("By Ana Ruiz and Tom Lee, Reuters", true)).containsExactly("Ana Ruiz", "Tom Lee");
    assertThat(Names.people("Von Roland Brockmann und Sebastian Dreher", true))
        .containsExactly("Roland Brockmann", "Sebastian Dreher");
    assertThat(Names.people("Veröffentlicht von HansG", false)).containsExactly("HansG");
    assertThat(Names.people("Staff Reporter", true)).isEmpty();
  }

  @Test
  void endsTheCreditAtItsDateOrRole() {
    assertThat(Names.people("Ein Artikel von Pamela Sander | 27.01.2022 - 12:45", true)).containsExactly("Pamela Sander");
    assertThat(Names.people("von lupa am 26/10/13, 03:48 pm", false)).containsExactly("lupa");
    assertThat(Names.people("ByAlex Borjian Thursday, November 9, 2023 4:41AM", true)).containsExactly("Alex Borjian");
    assertThat(Names.people("Eberhard Fuchs (Pressesprecher des Vereins)", true)).containsExactly("Eberhard Fuchs");
    assertThat(Names.people("Amelie Marie Nishi Feb 24, 2020", true)).containsExactly("Amelie Marie Nishi");
  }

  @Test
  void dropsArchiveLinkWordsAroundTheName() {
    assertThat(Names.people("Zeige alle Beiträge von Petra Rulandt", true)).containsExactly("Petra Rulandt");
    assertThat(Names.people("Alle Artikel von Tanja Karsch", true)).containsExactly("Tanja Karsch");
    assertThat(Names.people("Johanna Kropp Alle Artikel", true)).containsExactly("Johanna Kropp");
  }

  @Test
  void dropsDegreesAfterTheName() {
    assertThat(Names.people("Grant Tillman, PhD", false)).containsExactly("Grant Tillman");
  }

  @Test
  void keepsNameParticlesButNotLowerCaseProse() {
    assertThat(Names.people("By Ursula von der Leyen", true)).containsExactly("Ursula von der Leyen");
    assertThat(Names.people("By the way, we met", true)).isEmpty();
  }

  @Test
  void rejectsMenuEntriesWithASectionNameBeforeTheName() {
    assertThat(Names.people("ABOUTFINTECH Tobias Bauer", true)).isEmpty();
    assertThat(Names.people("TANJA KARSCH", true)).containsExactly("TANJA KARSCH");
    assertThat(Names.people("Benoit LIEU", true)).containsExactly("Benoit LIEU");
    assertThat(Names.people("R.C. Baker", true)).containsExactly("R.C. Baker");
  }

  @Test
  void endsTheCreditAtTheNextLabel() {
    assertThat(Names.people("Sara Zinn Stand: 05. Februar 2020", true)).containsExactly("Sara Zinn");
  }

  @Test
  void readsCreditOpeningsWithAnArticleNoun() {
    assertThat(Names.people("Eine Kolumne von Nils Pick", true)).containsExactly("Nils Pick");
    assertThat(Names.people("Autoren Jelko Dürr und Jutta Klau", true)).containsExactly("Jelko Dürr", "Jutta Klau");
    assertThat(Names.people("-\u00a0Redaktion: Eberhard Fuchs", true)).containsExactly("Eberhard Fuchs");
  }

  @Test
  void structuredCreditMayBeAUserNameButNotProse() {
    assertThat(Names.people("christian.stadt", false)).containsExactly("christian.stadt");
    assertThat(Names.people("Hecho en Bolivia con Drupal por Smartica", false)).isEmpty();
  }

  @Test
  void acceptsOneNameAfterAnExplicitCreditOnly() {
    assertThat(Names.people("Posted by Konstantin", true)).containsExactly("Konstantin");
    assertThat(Names.people("Konstantin", true)).isEmpty();
    assertThat(Names.people("By Monday", true)).isEmpty();
  }

  @Test
  void endsTheCreditAtTheIllustratorsCredit() {
    assertThat(Names.people("Text von Christian Seil   Illustration von Markus Roo", true))
        .containsExactly("Christian Seil");
  }

  @Test
  void readsCreditAfterTheDateThatOpensIt() {
    assertThat(Names.people("06.11.2023 13:30 von Olga", true)).containsExactly("Olga");
    assertThat(Names.people("1.000 Leute von Berlin", true)).isEmpty();
  }

  @Test
  void keepsTheNameWithoutItsTitleOrJob() {
    assertThat(Names.people("By Dr. Iris Holm", true)).containsExactly("Iris Holm");
    assertThat(Names.people("Iris Holm Redakteurin", false)).containsExactly("Iris Holm");
    assertThat(Names.people("Samir al-Hadi", true)).containsExactly("Samir al-Hadi");
  }

  @Test
  void dropsTheOutletNamedWithTheArticle() {
    assertThat(Names.people("By Iris Holm and Tom Vey, The Morning Ledger", true)).containsExactly("Iris Holm", "Tom Vey");
  }
}
