package dev.storyline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContenderCodingsTest {

  @TempDir Path dir;

  private static GoldSentence sentence(String id, Coding... gold) {
    return new GoldSentence(id, "-", null, true, "text of " + id, List.of(gold));
  }

  @Test
  void scoresAnotherCodersLinesAndCountsASentenceItLeftOutAsCodingNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("other.jsonl"),
        "{\"id\": \"a\", \"events\": [[\"JPNGOV\", \"CHN\", \"112\"], [\"CHN\", \"JPN\", \"190\"]]}\n\n"
            + "{\"id\": \"c\", \"events\": []}\n");
    Map<String, List<Coding>> other = ContenderCodings.read(file);
    List<GoldSentence> set = List.of(
        sentence("a", Coding.gold("JPN", "CHNGOV", "111")),
        sentence("b", Coding.gold("USA", "IRN", "042")),
        sentence("c"));
    MatchCounts all = ContenderCodings.score(set, other, s -> true);
    assertThat(all.sentences()).isEqualTo(3);
    assertThat(all.truePositives()).isEqualTo(1);
    assertThat(all.falsePositives()).isEqualTo(1);
    assertThat(all.falseNegatives()).isEqualTo(1);
    assertThat(all.exact()).isZero();
    assertThat(ContenderCodings.score(set, other, s -> s.id().equals("b")).recall()).isZero();
  }

  @Test
  void refusesAnIdGivenTwiceNamingTheLine() throws Exception {
    Path file = Files.writeString(dir.resolve("twice.jsonl"),
        "{\"id\": \"a\", \"events\": []}\n{\"id\": \"a\", \"events\": []}\n");
    assertThatThrownBy(() -> ContenderCodings.read(file)).isInstanceOf(GoldSetException.class)
        .hasMessage(file + ": line 2: id a given twice");
  }

  @Test
  void refusesALineWithoutEvents() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"gold\": []}\n");
    assertThatThrownBy(() -> ContenderCodings.read(file)).isInstanceOf(GoldSetException.class)
        .hasMessageStartingWith(file + ": line 1: needs an \"id\" string and an \"events\" array");
  }

  @Test
  void scoresOneCoderAgainstAnotherOnTheSentencesBothCoded() {
    Map<String, List<Coding>> first = Map.of(
        "a", List.of(Coding.gold("JPN", "CHN", "112")),
        "b", List.of(Coding.gold("USA", "IRN", "042")));
    Map<String, List<Coding>> second = Map.of("a", List.of(Coding.gold("JPNGOV", "CHN", "111")));
    List<GoldSentence> set = List.of(sentence("a", Coding.gold("KOR", "PRK", "190")), sentence("b"), sentence("c"));
    List<GoldSentence> both = ContenderCodings.asGold(set, first, second);
    assertThat(both).extracting(GoldSentence::id).containsExactly("a");
    MatchCounts agreement = ContenderCodings.score(both, second, s -> true);
    assertThat(agreement.truePositives()).isEqualTo(1);
    assertThat(agreement.falsePositives()).isZero();
  }
}
