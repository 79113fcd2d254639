package dev.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon lexicon = new Lexicon(new CameoCodes());

  @Test
  void readsBritishSpellingsAsTheAmericanLinesTheyLack() {
    assertThat(lexicon.has("verb", "organise")).isTrue();
    assertThat(lexicon.match("verb", "organise", Set.of(), Set.of(), Set.of()))
        .isEqualTo(lexicon.match("verb", "organize", Set.of(), Set.of(), Set.of()));
    assertThat(lexicon.roots("noun", "mobilisation")).isEqualTo(lexicon.roots("noun", "mobilization")).isNotEmpty();
  }

  @Test
  void leavesWordsThatOnlyLookBritishUnknown() {
    assertThat(Lexicon.american("surprise")).isEqualTo("surprize");
    assertThat(lexicon.has("verb", "surprise")).isFalse();
    assertThat(Lexicon.american("rise")).isNull();
    assertThat(Lexicon.american("analyse")).isEqualTo("analyze");
  }

  @Test
  void givesTheRootsOfEveryLineOfAPredicate() {
    assertThat(lexicon.roots("verb", "strike")).contains("05", "19");
    assertThat(lexicon.roots("verb", "ponder")).isEmpty();
  }

  @Test
  void readsAnObjectAsTheKindWordNetFilesItUnder() {
    // No line names rifles; WordNet files a rifle under firearm, gun, weapon, and "send weapons" is military aid
    Pattern p = lexicon.match("verb", "send", Set.of(), Set.of("rifle"), Set.of("rifle"));
    assertThat(p.code()).isEqualTo("072");
    assertThat(p.object()).isEqualTo("rifle");
    assertThat(p.broader()).isEqualTo("weapon");
  }

  @Test
  void prefersTheObjectALineNamesToAKindOfIt() {
    Pattern p = lexicon.match("verb", "send", Set.of(), Set.of("troop", "rifle"), Set.of("troop", "rifle"));
    assertThat(p.code()).isEqualTo("154");
    assertThat(p.broader()).isNull();
  }

  @Test
  void widensOnlyTheObjectsItIsGivenAsKinds() {
    // A name or a date in a prepositional phrase is passed as an object but not as a kind.
    assertThat(lexicon.match("verb", "send", Set.of(), Set.of("rifle"), Set.of())).isNull();
  }

  @Test
  void climbsNoFurtherThanNearAncestors() {
    // A consul is a diplomat one step up, but everything is an "entity" at the top of WordNet.
    assertThat(Hypernyms.shared().of("consul")).contains("diplomat").doesNotContain("entity", "object");
  }
}
