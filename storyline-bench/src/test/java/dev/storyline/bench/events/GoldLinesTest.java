package dev.storyline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLinesTest {

  @TempDir Path dir;

  private Path write(String lines) throws IOException {
    return Files.writeString(dir.resolve("set.jsonl"), lines);
  }

  @Test
  void readsSentencesWithTheirCodingsAndThoseWithNone() throws Exception {
    List<GoldSentence> s = GoldLines.read(write(
        "{\"id\": \"a\", \"text\": \"Japan  protested to China.\", \"date\": \"2026-03-10\","
            + " \"gold\": [[\"JPNGOV\", \"CHN\", \"112\"]]}\n\n"
            + "{\"id\": \"b\", \"text\": \"Markets rose.\", \"gold\": []}\n"));
    assertThat(s).extracting(GoldSentence::id).containsExactly("a", "b");
    assertThat(s.get(0).text()).isEqualTo("Japan protested to China.");
    assertThat(s.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(s.get(0).gold()).extracting(Coding::sourceKey, Coding::targetKey, Coding::code)
        .containsExactly(Tuple.tuple("JPN", "CHN", "112"));
    assertThat(s.get(1).gold()).isEmpty();
    assertThat(s.get(1).category()).isEqualTo("-");
  }

  @Test
  void namesTheLineOfACodingThatIsNotATriple() throws Exception {
    Path file = write("{\"id\": \"a\", \"text\": \"x\", \"gold\": []}\n"
        + "{\"id\": \"b\", \"text\": \"y\", \"gold\": [[\"USA\", \"042\"]]}\n");
    assertThatThrownBy(() -> GoldLines.read(file)).isInstanceOf(GoldSetException.class)
        .hasMessageStartingWith(file + ": line 2: a coding is [source, target, event code]");
  }

  @Test
  void rejectsAnEventCodeThatIsNotCameo() throws Exception {
    Path file = write("{\"id\": \"a\", \"text\": \"x\", \"gold\": [[\"USA\", \"CHN\", \"4x\"]]}\n");
    assertThatThrownBy(() -> GoldLines.read(file)).isInstanceOf(GoldSetException.class)
        .hasMessageContaining("line 1").hasMessageContaining("CAMEO event code");
  }

  @Test
  void readsTheProjectsOwnCodedSentences() throws Exception {
    Path set = Path.of(GoldLinesTest.class.getResource("coded-sentences.jsonl").toURI());
    List<GoldSentence> s = GoldLines.read(set);
    assertThat(s).hasSizeGreaterThanOrEqualTo(200);
    assertThat(s).extracting(GoldSentence::id).doesNotHaveDuplicates();
    assertThat(s).filteredOn(x -> x.gold().isEmpty()).isNotEmpty();
  }
}
