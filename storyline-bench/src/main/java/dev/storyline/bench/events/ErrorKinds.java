package dev.storyline.bench.events;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why gold codings were missed and predictions were extra, pooled over sentences, so that a slice can
 * be diagnosed without reading its sentences (the held-out half stays unread). Each missed gold coding
 * is counted once, under the first kind that fits, in this order.
 *
 * @param silent missed in a sentence where the coder found nothing at all
 * @param wrongTarget an extra prediction has the gold's source country and root, but another target
 * @param wrongSource an extra prediction has the gold's target country and root, but another source
 * @param wrongRoot an extra prediction has the gold's countries, but another root
 * @param otherMiss the sentence has predictions, none of them close
 * @param extraInEventless extra predictions in sentences whose gold has no event
 * @param extraBeside extra predictions in sentences whose gold codings were all found
 * @param missedRoots how many missed gold codings each CAMEO root has
 * @param extraRoots how many extra predictions each CAMEO root has
 */
record ErrorKinds(int silent, int wrongTarget, int wrongSource, int wrongRoot, int otherMiss, int extraInEventless,
    int extraBeside, SortedMap<String, Integer> missedRoots, SortedMap<String, Integer> extraRoots) {

  static final ErrorKinds ZERO = new ErrorKinds(0, 0, 0, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>());

  ErrorKinds {
    if (silent < 0 || wrongTarget < 0 || wrongSource < 0 || wrongRoot < 0 || otherMiss < 0 || extraInEventless < 0
        || extraBeside < 0) {
      throw new IllegalArgumentException("error counts are not negative");
    }
    missedRoots = Collections.unmodifiableSortedMap(new TreeMap<>(missedRoots));
    extraRoots = Collections.unmodifiableSortedMap(new TreeMap<>(extraRoots));
  }

  ErrorKinds plus(SentenceMatch m, boolean goldEmpty) {
    int silent = 0;
    int wrongTarget = 0;
    int wrongSource = 0;
    int wrongRoot = 0;
    int other = 0;
    boolean predictedAny = !m.pairs().isEmpty() || !m.extra().isEmpty();
    for (Coding gold : m.missed()) {
      if (!predictedAny) {
        silent++;
      } else if (m.extra().stream().anyMatch(gold::sameSourceAndRoot)) {
        wrongTarget++;
      } else if (m.extra().stream().anyMatch(gold::sameTargetAndRoot)) {
        wrongSource++;
      } else if (m.extra().stream().anyMatch(gold::sameCountries)) {
        wrongRoot++;
      } else {
        other++;
      }
    }
    int eventless = goldEmpty ? m.extra().size() : 0;
    int beside = !goldEmpty && m.missed().isEmpty() ? m.extra().size() : 0;
    SortedMap<String, Integer> missed = new TreeMap<>(missedRoots);
    m.missed().forEach(c -> missed.merge(c.root(), 1, Integer::sum));
    SortedMap<String, Integer> extra = new TreeMap<>(extraRoots);
    m.extra().forEach(c -> extra.merge(c.root(), 1, Integer::sum));
    return new ErrorKinds(this.silent + silent, this.wrongTarget + wrongTarget, this.wrongSource + wrongSource,
        this.wrongRoot + wrongRoot, otherMiss + other, extraInEventless + eventless, extraBeside + beside, missed, extra);
  }

  @Override
  public String toString() {
    return "missed: " + silent + " in silent sentences, " + wrongTarget + " wrong target, " + wrongSource
        + " wrong source, " + wrongRoot
        + " wrong root, " + otherMiss + " other | extra: " + extraInEventless + " in eventless sentences, "
        + extraBeside + " beside all gold found";
  }
}
