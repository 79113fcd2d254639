package dev.storyline.bench.events;

import dev.storyline.bench.Timing;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores Storyline's event coder on a gold-coded set and prints the figures side by side: overall,
 * by half (tuning, held out) and by the set's categories, with the coding speed beside the parse's.
 */
public final class EventsBench {

  /**
   * Records coded untimed before the timed passes (whole passes over the set, at least one): the first
   * loads CoreNLP's models, the rest let the JIT compile the parser as it runs in a long-lived server.
   */
  static final int WARM_UP_RECORDS = 200;

  private static final String ROW = "%-19s %5s %5s %5s %5s %5s %5s %6s %6s %6s %6s%n";

  private final PrintStream out;

  public EventsBench(PrintStream out) {
    this.out = out;
  }

  /**
   * Codes and scores the records of a PETR-2 validation file.
   *
   * @param worst how many of the worst records of the tuning half to list; 0 for none
   * @param contenders other coders' codings of the same records to score beside Storyline's
   *     ({@link ContenderCodings}), and against each other; none for none
   * @throws GoldSetException when either file is missing or malformed
   */
  public void run(Path file, int worst, List<Path> contenders) throws GoldSetException {
    run("petr2", Petr2Reader.read(file), worst, contenders);
  }

  /**
   * Codes and scores the sentences of a set in gold JSON lines ({@link GoldLines}).
   *
   * @param worst how many of the worst records of the tuning half to list; 0 for none
   * @param contenders other coders' codings to score beside Storyline's and against each other
   * @throws GoldSetException when either file is missing or a line is malformed
   */
  public void runGoldLines(Path file, int worst, List<Path> contenders) throws GoldSetException {
    run("jsonl " + file.getFileName(), GoldLines.read(file), worst, contenders);
  }

  private void run(String set, List<GoldSentence> sentences, int worst, List<Path> contenderFiles)
      throws GoldSetException {
    Map<Path, Map<String, List<Coding>>> contenders = new LinkedHashMap<>();
    for (Path f : contenderFiles) {
      contenders.put(f, ContenderCodings.read(f));
    }
    long heldOut = sentences.stream().filter(GoldSentence::heldOut).count();
    long codings = sentences.stream().mapToLong(s -> s.gold().size()).sum();
    long none = sentences.stream().filter(s -> s.gold().isEmpty()).count();
    out.printf(Locale.ROOT, "events benchmark: %s, %d sentences (%d tuning, %d held out), %d gold codings,"
        + " %d sentences with none%n", set, sentences.size(), sentences.size() - heldOut, heldOut, codings, none);
    out.println("metric: distinct (source country, target country, CAMEO root) per sentence, paired one to one;"
        + " '---' in gold matches any country; exact: full event code right among matched");
    int passes = Timing.warmUpPasses(WARM_UP_RECORDS, sentences.size());
    CodingRun run = CodingRun.of(sentences, passes);
    out.printf(Locale.ROOT, ROW, "slice", "sents", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "exact");
    row("all", run, s -> true);
    row("tuning", run, s -> !s.heldOut());
    row("held-out", run, GoldSentence::heldOut);
    for (String c : sentences.stream().map(GoldSentence::category).collect(Collectors.toCollection(TreeSet::new))) {
      row("category " + c, run, s -> s.category().equals(c));
    }
    contenders.forEach((f, theirs) -> contenderRows(f, theirs, sentences));
    agreementRows(contenders, sentences);
    out.printf(Locale.ROOT, "speed: %.2f sentences/s coding (parse included) | %.2f sentences/s parse alone;"
        + " the parse is %.0f%% of coding time; errors %d%n", run.codingRate(), run.parseRate(),
        100 * run.codingRate() / run.parseRate(), run.errors());
    out.println("error kinds (a missed coding counted once, first kind that fits; wrong target: same source and root):");
    kinds("all", run, s -> true);
    kinds("tuning", run, s -> !s.heldOut());
    kinds("held-out", run, GoldSentence::heldOut);
    if (worst > 0) {
      worst(run, worst);
    }
  }

  private void row(String name, CodingRun run, Predicate<GoldSentence> which) {
    MatchCounts t = MatchCounts.ZERO;
    for (CodingRun.Result r : scored(run, which)) {
      t = t.plus(r.match());
    }
    printRow(name, t);
  }

  private void printRow(String name, MatchCounts t) {
    out.printf(Locale.ROOT, ROW, name, t.sentences(), t.gold(), t.predicted(), t.truePositives(), t.falsePositives(),
        t.falseNegatives(), figure(t.precision()), figure(t.recall()), figure(t.f1()), figure(t.exactRate()));
  }

  /** The other coder's figures on the same slices; a sentence it left out counts as coding nothing. */
  private void contenderRows(Path file, Map<String, List<Coding>> codings, List<GoldSentence> sentences) {
    long covered = sentences.stream().filter(s -> codings.containsKey(s.id())).count();
    out.printf(Locale.ROOT, "contender %s: codings for %d of the %d sentences (a sentence left out counts as coding"
        + " nothing)%n", file.getFileName(), covered, sentences.size());
    for (var slice : List.<Map.Entry<String, Predicate<GoldSentence>>>of(Map.entry("contender all", s -> true),
        Map.entry("contender tuning", s -> !s.heldOut()), Map.entry("contender held-out", GoldSentence::heldOut))) {
      printRow(slice.getKey(), ContenderCodings.score(sentences, codings, slice.getValue()));
    }
  }

  /**
   * How far each pair of other coders agree, the first's codings taken as the gold of the second's,
   * on the sentences both coded: two annotators' agreement bounds what any coder can score.
   */
  private void agreementRows(Map<Path, Map<String, List<Coding>>> contenders, List<GoldSentence> sentences) {
    List<Path> files = List.copyOf(contenders.keySet());
    for (int i = 0; i < files.size(); i++) {
      for (int j = i + 1; j < files.size(); j++) {
        Map<String, List<Coding>> first = contenders.get(files.get(i));
        Map<String, List<Coding>> second = contenders.get(files.get(j));
        List<GoldSentence> both = ContenderCodings.asGold(sentences, first, second);
        out.printf(Locale.ROOT, "agreement: %s taken as gold for %s, on the %d sentences both coded%n",
            files.get(i).getFileName(), files.get(j).getFileName(), both.size());
        printRow("agreement all", ContenderCodings.score(both, second, s -> true));
        printRow("agreement held-out", ContenderCodings.score(both, second, GoldSentence::heldOut));
      }
    }
  }

  private void kinds(String name, CodingRun run, Predicate<GoldSentence> which) {
    ErrorKinds k = ErrorKinds.ZERO;
    SilentCauses silent = SilentCauses.ZERO;
    for (CodingRun.Result r : scored(run, which)) {
      k = k.plus(r.match(), r.sentence().gold().isEmpty());
      silent = silent.plus(r.match(), r.ingredients());
    }
    out.printf(Locale.ROOT, "  %-9s %s%n  %-9s roots missed %s, extra %s%n  %-9s %s%n", name, k, "", k.missedRoots(),
        k.extraRoots(), "", silent);
  }

  /** The results of the sentences a slice takes that are scored (not marked to skip). */
  private static List<CodingRun.Result> scored(CodingRun run, Predicate<GoldSentence> which) {
    return run.results().stream().filter(r -> r.sentence().evaluate() && which.test(r.sentence())).toList();
  }

  private void worst(CodingRun run, int n) {
    out.println();
    out.println("worst tuning sentences (missed + extra triples), gold and predicted codings:");
    scored(run, s -> !s.heldOut()).stream()
        .sorted(Comparator.comparingInt((CodingRun.Result r) -> loss(r.match())).reversed()
            .thenComparingInt(r -> -r.match().falseNegatives()).thenComparing(r -> r.sentence().id()))
        .limit(n).forEach(this::show);
  }

  private void show(CodingRun.Result r) {
    SentenceMatch m = r.match();
    GoldSentence s = r.sentence();
    out.printf(Locale.ROOT, "%n  %s [%s] missed %d, extra %d: %s%n", s.id(), s.category(), m.falseNegatives(),
        m.falsePositives(), s.text());
    Set<String> goldHit = m.pairs().stream().map(p -> p.gold().triple()).collect(Collectors.toSet());
    Set<String> gotHit = m.pairs().stream().map(p -> p.predicted().triple()).collect(Collectors.toSet());
    for (Coding c : s.gold()) {
      out.printf(Locale.ROOT, "    gold %-26s %s%n", c, goldHit.contains(c.triple()) ? "matched" : "MISSED");
    }
    if (s.gold().isEmpty()) {
      out.println("    gold (no events)");
    }
    for (var e : r.events()) {
      Coding c = Coding.of(e);
      out.printf(Locale.ROOT, "    got  %-26s %s  %s%n", c, gotHit.contains(c.triple()) ? "matched" : "EXTRA", e.why());
    }
  }

  private static int loss(SentenceMatch m) {
    return m.falseNegatives() + m.falsePositives();
  }

  private static String figure(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
