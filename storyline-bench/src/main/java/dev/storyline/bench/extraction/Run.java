package dev.storyline.bench.extraction;

import dev.storyline.bench.Timing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** One contender's pass over a set: its outputs, timing and scores. */
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

  static Run of(Contender c, List<BenchPage> pages, ExtractionBench.Dataset set,
      int warmUpPasses, int timedPasses) {
    Run run = new Run(set);
    for (int pass = 0; pass < warmUpPasses; pass++) {
      for (int i = 0; i < pages.size(); i++) {
        call(c, pages.get(i));
      }
    }
    List<Contender.Output> outputs = new ArrayList<>();
    long[] passes = new long[timedPasses];
    for (int pass = 0; pass < timedPasses; pass++) {
      System.gc(); // each pass starts from the same heap, not from the last contender's garbage
      outputs.clear();
      run.errors = 0;
      long start = System.nanoTime();
      for (int i = 0; i < pages.size(); i++) {
        Contender.Output o = call(c, pages.get(i));
        if (o == null) {
          run.errors++;
          o = Contender.Output.textOnly("");
        }
        outputs.add(o);
      }
      passes[pass] = System.nanoTime() - start;
    }
    run.nanos = Timing.median(passes);
    for (int i = 0; i < pages.size(); i++) {
      run.results.add(run.judge(pages.get(i), outputs.get(i)));
    }
    return run;
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
