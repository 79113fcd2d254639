package dev.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon lexicon = new Lexicon(new CameoCodes());

  @Test
  void readsBritishSpellingsAsTheAmericanLinesTheyLack() {
    assertThat(lexicon.has("verb", "organise")).isTrue();
    assertThat(lexicon.match("verb", "organise", Set.of(), Set.of()))
        .isEqualTo(lexicon.match("verb", "organize", Set.of(), Set.of()));
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
}
