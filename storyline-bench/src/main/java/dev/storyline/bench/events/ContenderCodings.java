package dev.storyline.bench.events;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Another coder's codings of a set's sentences, to be scored beside Storyline's on the same metric: a
 * person coding by the codebook, PETRARCH's output converted, a second annotator of the gold. One
 * object a line, {@code {"id", "events": [[source, target, event code], ...]}}, ids as the set has
 * them, an empty target for an event without one. Blank lines are skipped.
 */
final class ContenderCodings {

  private ContenderCodings() {}

  /** The codings by sentence id; a sentence the file leaves out is absent. */
  static Map<String, List<Coding>> read(Path file) throws GoldSetException {
    Map<String, List<Coding>> out = new HashMap<>();
    JsonLines.eachObject(file, (o, where) -> {
      if (o == null || !o.isObject() || !o.path("id").isTextual() || !o.path("events").isArray()) {
        throw new GoldSetException(where + ": needs an \"id\" string and an \"events\" array");
      }
      if (out.put(o.path("id").asText(), GoldLines.codings(o.path("events"), where)) != null) {
        throw new GoldSetException(where + ": id " + o.path("id").asText() + " given twice");
      }
    });
    return out;
  }

  /**
   * The codings scored against the gold of the sentences a slice takes that are marked for scoring; a
   * sentence the codings leave out counts as coding nothing.
   */
  static MatchCounts score(List<GoldSentence> sentences, Map<String, List<Coding>> codings,
      Predicate<GoldSentence> slice) {
    MatchCounts t = MatchCounts.ZERO;
    for (GoldSentence s : sentences) {
      if (s.evaluate() && slice.test(s)) {
        t = t.plus(SentenceMatch.of(s.gold(), codings.getOrDefault(s.id(), List.of())));
      }
    }
    return t;
  }

  /**
   * The sentences both coders coded, with the first coder's codings as their gold: to score the
   * second against the first.
   */
  static List<GoldSentence> asGold(List<GoldSentence> sentences, Map<String, List<Coding>> first,
      Map<String, List<Coding>> second) {
    return sentences.stream()
        .filter(s -> first.containsKey(s.id()) && second.containsKey(s.id()))
        .map(s -> new GoldSentence(s.id(), s.category(), s.date(), s.evaluate(), s.text(), first.get(s.id())))
        .toList();
  }
}
