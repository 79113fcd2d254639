package dev.storyline.serve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsABarWithRateAndTimeLeftOnATerminal() {
    ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), true, "fetch");
    bar.total(50);
    long tenSecondsIn = System.nanoTime() + 10_000_000_000L;
    String line = bar.line(20, tenSecondsIn, "http://example.org/a");
    assertThat(line).startsWith("fetch [############                  ] 20/50").contains("2.0/s").contains("ETA 0:15")
        .endsWith("http://example.org/a");
  }

  @Test
  void writesPlainLinesNoMoreOftenThanEveryFewSecondsWhenNotATerminal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), false, "ingest");
    bar.total(1000);
    for (int i = 1; i < 1000; i++) {
      bar.update(i, "file" + i);
    }
    bar.update(1000, "last");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").doesNotContain("[#");
    // The first update and the last are written; the rest fall inside the five-second window.
    assertThat(text.lines()).hasSize(2);
    assertThat(text.lines().toList().get(1)).startsWith("ingest 1000/1000").contains("last");
  }

  @Test
  void writesHoursMinutesAndSeconds() {
    assertThat(ProgressBar.clock(75)).isEqualTo("1:15");
    assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
  }
}
