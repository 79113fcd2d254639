package dev.storyline.bench.extraction;

import dev.storyline.bench.Timing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** One contender's passes over a set: its outputs, timing and scores. */
final class Run {

  /** Metadata fields checked against the trafilatura set's gold. */
  enum Field { TITLE, DATE, AUTHOR }

  /** One page's outcome. */
  record Result(BenchPage page, Contender.Output output, double loss, String mismatches) {}

  private final ExtractionBench.Dataset dataset;
  private final List<Result> results = new ArrayList<>();
  private long nanos;
  private int errors;

  private Run(ExtractionBench.Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * Times contenders on the same pages, side by side. They are warmed up first, untimed, taking
   * turns pass by pass: each contender's classes load and the JIT recompiles the code they share
   * (jsoup) for all of them before any pass is timed; a contender run after the others would
   * otherwise be timed while the JIT recompiles what their classes invalidated. Then the timed
   * passes take turns too, the order turning each round, so that a disturbance of the machine falls
   * on all of them alike. A contender's time is its median pass.
   *
   * @return one run per contender, in the order given
   */
  static List<Run> of(List<Contender> contenders, List<BenchPage> pages, ExtractionBench.Dataset set,
      int warmUpPasses, int rounds) {
    for (int pass = 0; pass < warmUpPasses; pass++) {
      for (Contender c : contenders) {
        for (BenchPage p : pages) {
          call(c, p);
        }
      }
    }
    int n = contenders.size();
    long[][] passes = new long[n][rounds];
    List<List<Contender.Output>> outputs = new ArrayList<>();
    List<Run> runs = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      outputs.add(new ArrayList<>());
      runs.add(new Run(set));
    }
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < n; turn++) {
        int k = (turn + round) % n;
        passes[k][round] = runs.get(k).timedPass(contenders.get(k), pages, outputs.get(k));
      }
    }
    for (int k = 0; k < n; k++) {
      Run run = runs.get(k);
      run.nanos = Timing.median(passes[k]);
      for (int i = 0; i < pages.size(); i++) {
        run.results.add(run.judge(pages.get(i), outputs.get(k).get(i)));
      }
    }
    return runs;
  }

  /** One timed pass over the pages, its outputs left in {@code outputs}; the pass's nanoseconds. */
  private long timedPass(Contender c, List<BenchPage> pages, List<Contender.Output> outputs) {
    System.gc(); // each pass starts from the same heap, not from the last contender's garbage
    outputs.clear();
    errors = 0;
    long start = System.nanoTime();
    for (BenchPage p : pages) {
      Contender.Output o = call(c, p);
      if (o == null) {
        errors++;
        o = Contender.Output.textOnly("");
      }
      outputs.add(o);
    }
    return System.nanoTime() - start;
  }

  private static Contender.Output call(Contender c, BenchPage p) {
    try {
      Contender.Output o = c.extract(p.html(), p.url());
      return o == null || o.text() == null ? null : o;
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  private Result judge(BenchPage p, Contender.Output o) {
    double loss;
    if (dataset == ExtractionBench.Dataset.SCRAPINGHUB) {
      ShingleMetric m = new ShingleMetric();
      m.add(p.body(), o.text());
      loss = 1 - m.lastF1();
    } else {
      SnippetMetric m = new SnippetMetric();
      m.add(o.text(), p.with(), p.without());
      loss = m.lastWrong();
    }
    StringBuilder mismatches = new StringBuilder();
    for (Field f : Field.values()) {
      Boolean ok = correct(f, p, o);
      if (Boolean.FALSE.equals(ok)) {
        mismatches.append(f).append(": got \"").append(got(f, o)).append("\" want \"").append(gold(f, p)).append("\"; ");
      }
    }
    return new Result(p, o, loss, mismatches.toString());
  }

  List<Result> results() {
    return results;
  }

  int errors() {
    return errors;
  }

  double pagesPerSecond() {
    return results.size() / (nanos / 1e9);
  }

  Score score(Predicate<BenchPage> which) {
    if (dataset == ExtractionBench.Dataset.SCRAPINGHUB) {
      ShingleMetric m = new ShingleMetric();
      results.stream().filter(r -> which.test(r.page())).forEach(r -> m.add(r.page().body(), r.output().text()));
      return m.score();
    }
    SnippetMetric m = new SnippetMetric();
    results.stream().filter(r -> which.test(r.page()))
        .forEach(r -> m.add(r.output().text(), r.page().with(), r.page().without()));
    return m.score();
  }

  /** Accuracy on pages whose gold has the field, as text; "-" when the contender lacks it or no gold. */
  String accuracy(Field f) {
    return accuracy(f, results);
  }

  String accuracy(Field f, boolean heldOut) {
    return accuracy(f, results.stream().filter(r -> r.page().heldOut() == heldOut).toList());
  }

  private static String accuracy(Field f, List<Result> rs) {
    int n = 0;
    int ok = 0;
    for (Result r : rs) {
      Boolean c = correct(f, r.page(), r.output());
      if (c != null) {
        n++;
        ok += c ? 1 : 0;
      }
    }
    boolean offered = rs.stream().anyMatch(r -> got(f, r.output()) != null);
    return n == 0 || !offered ? "-" : String.format(Locale.ROOT, "%.3f", (double) ok / n);
  }

  /** Whether the output has the field right; null when the gold lacks it. */
  static Boolean correct(Field f, BenchPage p, Contender.Output o) {
    String gold = gold(f, p);
    if (gold == null) {
      return null;
    }
    String got = got(f, o);
    if (got == null) {
      return false;
    }
    return switch (f) {
      case TITLE -> Matching.sameTitle(gold, got);
      case DATE -> gold.strip().startsWith(got);
      case AUTHOR -> Matching.sameAuthors(gold, o.authors());
    };
  }

  private static String gold(Field f, BenchPage p) {
    return switch (f) {
      case TITLE -> p.title();
      case DATE -> p.date();
      case AUTHOR -> p.author();
    };
  }

  private static String got(Field f, Contender.Output o) {
    return switch (f) {
      case TITLE -> o.title();
      case DATE -> o.date();
      case AUTHOR -> o.authors() == null || o.authors().isEmpty() ? null : String.join("; ", o.authors());
    };
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
