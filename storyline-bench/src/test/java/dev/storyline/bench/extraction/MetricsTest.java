package dev.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void shinglesScorePerfectExtractionAsOne() {
    ShingleMetric m = new ShingleMetric();
    m.add("one two three four five", "one, two; three four five!");
    assertThat(m.score().f1()).isEqualTo(1.0);
  }

  @Test
  void shinglesPenaliseExtraAndMissingTextAndWeighPagesEqually() {
    ShingleMetric m = new ShingleMetric();
    // Gold has 2 shingles; extraction finds both and adds 2 more: TP 2, FP 2, FN 0 -> P 0.5, R 1.
    m.add("a b c d e", "a b c d e f g");
    // A second, perfect page: averages P to 0.75, R stays 1.
    m.add("x y z w", "x y z w");
    Score s = m.score();
    assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
  }

  @Test
  void shinglesCountRepeatsAsMultisets() {
    assertThat(ShingleMetric.shingles("a b c d a b c d")).containsEntry("a\u0001b\u0001c\u0001d", 2);
    assertThat(ShingleMetric.shingles("short text")).hasSize(1);
  }

  @Test
  void snippetsCountFoundMainTextAndFoundBoilerplate() {
    SnippetMetric m = new SnippetMetric();
    m.add("The  story\nbegins here. Share this", List.of("The story begins", "missing part"), List.of("Share this", "Imprint"));
    Score s = m.score();
    assertThat(s.precision()).isEqualTo(0.5); // TP 1, FP 1
    assertThat(s.recall()).isEqualTo(0.5); // TP 1, FN 1
    assertThat(m.lastWrong()).isEqualTo(2);
  }

  @Test
  void heldOutHalfIsStableAndNearHalf() {
    int held = 0;
    for (int i = 0; i < 1000; i++) {
      BenchPage p = new BenchPage("page-" + i, null, new byte[0], "", List.of(), List.of(), null, null, null);
      held += p.heldOut() ? 1 : 0;
      assertThat(p.heldOut()).isEqualTo(new BenchPage("page-" + i, "u", new byte[1], null, List.of(), List.of(),
          null, null, null).heldOut());
    }
    assertThat(held).isBetween(400, 600);
  }
}
