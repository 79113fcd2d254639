package dev.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Digests;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

  private static final Actor XI = new Actor("Xi Jinping", "CHN", "GOV", "CHNGOV", ActorKind.PERSON);
  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  @TempDir Path dir;

  @Test
  void findsArticlesWhereEveryWordMatches() {
    try (SearchIndex index = new LuceneIndex(dir)) {
      index.put(Digests.of("a1", "Leaders meet in Beijing", "Xi Jinping hosted talks on trade.", DAY, XI), "s1");
      index.put(Digests.of("a2", "Storm hits coast", "Fishing boats stayed in harbour during the storm.", DAY), "s2");
      index.commit();
      assertThat(index.search("Xi Jinping", 10)).extracting(Hit::articleId).containsExactly("a1");
      assertThat(index.search("CHNGOV", 10)).extracting(Hit::storyId).containsExactly("s1");
      assertThat(index.search("storms", 10)).extracting(Hit::articleId).containsExactly("a2");
      assertThat(index.search("zebra migration", 10)).isEmpty();
      assertThat(index.search("storm Beijing", 10)).isEmpty();
    }
  }

  @Test
  void replacesAnArticleWithTheSameIdAndClears() {
    try (SearchIndex index = new LuceneIndex(dir)) {
      index.put(Digests.of("a1", "Old title", "Ferry services resumed today.", DAY), "s1");
      index.put(Digests.of("a1", "New title", "Ferry services resumed today.", DAY), "s2");
      index.commit();
      assertThat(index.search("ferry", 10)).singleElement().satisfies(h -> assertThat(h.storyId()).isEqualTo("s2"));
      index.clear();
      index.commit();
      assertThat(index.search("ferry", 10)).isEmpty();
    }
  }

  @Test
  void readersShareTheIndexWhileAWriterHoldsIt() {
    try (SearchIndex writer = new LuceneIndex(dir); SearchIndex reader = new LuceneIndex(dir)) {
      assertThat(reader.search("ferry", 10)).isEmpty();
      writer.put(Digests.of("a1", "Ferry", "Ferry services resumed today.", DAY), "s1");
      writer.commit();
      assertThat(reader.search("ferry", 10)).hasSize(1);
    }
  }

  @Test
  void refusesEmptyAndOversizedQueries() {
    try (SearchIndex index = new LuceneIndex(dir)) {
      assertThatThrownBy(() -> index.search(" ", 10)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> index.search("x".repeat(LuceneIndex.MAX_QUERY_CHARS + 1), 10)).isInstanceOf(IllegalArgumentException.class);
      assertThat(index.search("unbalanced \"quote AND (", 10)).isEmpty();
    }
  }
}
