package dev.storyline.bench.extraction;

import dev.storyline.bench.Timing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores Storyline, readability4j and boilerpipe on one extraction set in one run, on the same
 * files, with the set's own metric, and prints the figures side by side.
 */
public final class ExtractionBench {

  /**
   * Pages each contender extracts untimed before the timed passes (whole passes over the set, at
   * least one), so that every contender is measured with its code compiled by the JIT, as it runs
   * in a long-lived process. A thousand pages lets HotSpot's C2 compiler finish on a 2-core machine.
   */
  static final int WARM_UP_PAGES = 1000;

  /**
   * Rounds of timed passes, one pass of each contender a round; a contender's median pass is
   * reported, so that two passes the machine disturbed do not count.
   */
  static final int TIMED_ROUNDS = 5;

  /** The sets the benchmark knows. */
  public enum Dataset { SCRAPINGHUB, TRAFILATURA }

  private final PrintStream out;

  public ExtractionBench(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the benchmark.
   *
   * @param worst how many of Storyline's worst pages of the tuning half to list; 0 for none
   * @throws IOException when the set cannot be read
   */
  public void run(Dataset dataset, Path dir, int worst) throws IOException {
    List<BenchPage> pages = dataset == Dataset.SCRAPINGHUB ? BenchSets.scrapinghub(dir) : BenchSets.trafilatura(dir);
    long heldOut = pages.stream().filter(BenchPage::heldOut).count();
    out.printf(Locale.ROOT, "extraction benchmark: %s, %d pages (%d tuning, %d held out), metric: %s%n",
        dataset.name().toLowerCase(Locale.ROOT), pages.size(), pages.size() - heldOut, heldOut,
        dataset == Dataset.SCRAPINGHUB ? "4-token shingles, averaged per page" : "snippets found, pooled");
    out.printf(Locale.ROOT, "timing: the systems take turns, %d untimed pages each to warm up, then %d rounds of one"
        + " timed pass each; pages/s from the median pass%n",
        Timing.warmUpPasses(WARM_UP_PAGES, pages.size()) * pages.size(), TIMED_ROUNDS);
    out.printf(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %7s %7s %6s%n",
        "system", "P", "R", "F1", "pages/s", "title", "date", "author", "errors");
    List<Contender> contenders = Contenders.all();
    List<Run> runs = Run.of(contenders, pages, dataset, Timing.warmUpPasses(WARM_UP_PAGES, pages.size()), TIMED_ROUNDS);
    for (int k = 0; k < contenders.size(); k++) {
      Contender c = contenders.get(k);
      Run r = runs.get(k);
      Score s = r.score(p -> true);
      out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %9.1f %7s %7s %7s %6d%n", c.name(), s.precision(), s.recall(),
          s.f1(), r.pagesPerSecond(), r.accuracy(Run.Field.TITLE), r.accuracy(Run.Field.DATE),
          r.accuracy(Run.Field.AUTHOR), r.errors());
    }
    Run storyline = runs.get(0);
    out.println();
    out.printf(Locale.ROOT, "storyline by half: %-9s F1 %.3f  title %s  date %s  author %s%n", "tuning",
        storyline.score(p -> !p.heldOut()).f1(), storyline.accuracy(Run.Field.TITLE, false),
        storyline.accuracy(Run.Field.DATE, false), storyline.accuracy(Run.Field.AUTHOR, false));
    out.printf(Locale.ROOT, "storyline by half: %-9s F1 %.3f  title %s  date %s  author %s%n", "held-out",
        storyline.score(BenchPage::heldOut).f1(), storyline.accuracy(Run.Field.TITLE, true),
        storyline.accuracy(Run.Field.DATE, true), storyline.accuracy(Run.Field.AUTHOR, true));
    out.printf(Locale.ROOT, "speed: storyline %.1fx readability4j, %.1fx boilerpipe%n",
        storyline.pagesPerSecond() / runs.get(1).pagesPerSecond(),
        storyline.pagesPerSecond() / runs.get(2).pagesPerSecond());
    if (worst > 0) {
      out.println();
      out.println("worst tuning pages for storyline (page, loss, title/date/author mismatches):");
      storyline.results().stream().filter(r -> !r.page().heldOut())
          .sorted(Comparator.comparingDouble(Run.Result::loss).reversed()).limit(worst)
          .forEach(r -> out.printf(Locale.ROOT, "  %-50s %.3f %s%n", r.page().id(), r.loss(), r.mismatches()));
    }
  }
}
