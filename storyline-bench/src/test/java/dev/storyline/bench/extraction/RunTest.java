package dev.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTest {

  private static final List<BenchPage> PAGES = List.of(
      new BenchPage("a", "https://example.com/a", "<p>a</p>".getBytes(StandardCharsets.UTF_8), "a", List.of(),
          List.of(), null, null, null),
      new BenchPage("b", "https://example.com/b", "<p>b</p>".getBytes(StandardCharsets.UTF_8), "b", List.of(),
          List.of(), null, null, null));

  /** A contender that writes its name in a shared log at each page it extracts. */
  private static Contender logging(String name, List<String> log) {
    return new Contender() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Output extract(byte[] html, String url) {
        log.add(name);
        return Output.textOnly(new String(html, StandardCharsets.UTF_8));
      }
    };
  }

  @Test
  void warmsAndTimesContendersTakingTurns() {
    List<String> log = new ArrayList<>();
    List<Run> runs = Run.of(List.of(logging("x", log), logging("y", log)), PAGES,
        ExtractionBench.Dataset.SCRAPINGHUB, 2, 3);
    // warm-up passes x y, x y; timed rounds x y, then y x, then x y (two pages a pass)
    assertThat(String.join("", log)).isEqualTo("xxyy" + "xxyy" + "xxyy" + "yyxx" + "xxyy");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).results()).extracting(r -> r.output().text()).containsExactly("<p>a</p>", "<p>b</p>");
    assertThat(runs.get(1).pagesPerSecond()).isPositive();
  }
}
