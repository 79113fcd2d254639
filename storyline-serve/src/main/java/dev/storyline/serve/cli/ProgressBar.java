package dev.storyline.serve.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long run on standard error: a bar redrawn in place, with rate and time left, when
 * that is a terminal; otherwise a plain line every few seconds, so logs stay readable.
 */
final class ProgressBar {

  /** How often a plain log line is written when output is not a terminal. */
  static final Duration LOG_EVERY = Duration.ofSeconds(5);

  /** Redraws faster than this only flicker. */
  static final Duration REDRAW_EVERY = Duration.ofMillis(100);

  static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String what;
  private final long startNanos = System.nanoTime();
  private long lastNanos = Long.MIN_VALUE;
  private int total;
  private boolean drawn;

  ProgressBar(PrintStream out, boolean terminal, String what) {
    this.out = out;
    this.terminal = terminal;
    this.what = what;
  }

  /** A bar on standard error, drawn in place only when there is a terminal to draw on. */
  static ProgressBar onStderr(String what) {
    return new ProgressBar(System.err, Terminals.isTerminal(), what);
  }

  void total(int n) {
    total = n;
  }

  /** Reports {@code done} of the total; draws when the last drawing is old enough. */
  void update(int done, String label) {
    long now = System.nanoTime();
    Duration every = terminal ? REDRAW_EVERY : LOG_EVERY;
    boolean last = total > 0 && done >= total;
    if (!last && lastNanos != Long.MIN_VALUE && now - lastNanos < every.toNanos()) {
      return;
    }
    lastNanos = now;
    String line = line(done, now, label);
    if (terminal) {
      out.print("\r\033[K" + line);
      drawn = true;
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (terminal && drawn) {
      out.println();
    }
  }

  String line(int done, long nowNanos, String label) {
    double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder b = new StringBuilder(what).append(' ');
    if (terminal && total > 0) {
      int filled = (int) Math.round(BAR_WIDTH * Math.min(1.0, done / (double) total));
      b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
    }
    b.append(done);
    if (total > 0) {
      b.append('/').append(total);
    }
    b.append(String.format(java.util.Locale.ROOT, "  %.1f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      b.append("  ETA ").append(clock(Math.round((total - done) / rate)));
    }
    if (label != null && !label.isBlank()) {
      String l = label.length() > 40 ? label.substring(0, 39) + "…" : label;
      b.append("  ").append(l);
    }
    return b.toString();
  }

  static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
