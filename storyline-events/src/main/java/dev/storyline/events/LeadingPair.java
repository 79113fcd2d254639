package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.Dependency;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The article's two leading office holders, whom "the two leaders" or "both sides" refer to. */
final class LeadingPair {

  /** Words that, with "two" or "both", refer to the article's two leading office holders. */
  static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "side", "country", "nation", "government",
      "minister", "official", "diplomat", "envoy", "delegation");

  private LeadingPair() {}

  /** The two office holders of different countries the article names most; empty when there are no such two. */
  static List<Actor> of(List<EntityMention> mentions) {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      Actor a = m.actor();
      if (a != null && a.kind() == ActorKind.PERSON && a.country() != null) {
        counts.merge(a, 1, Integer::sum);
      }
    }
    List<Actor> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    for (Actor second : ranked.subList(Math.min(1, ranked.size()), ranked.size())) {
      if (!second.country().equals(ranked.get(0).country())) {
        return List.of(ranked.get(0), second);
      }
    }
    return List.of();
  }

  /** Whether the group noun at {@code token} is counted as two: "the two leaders", "both sides". */
  static boolean quantifiedAsTwo(Sentence sentence, int token) {
    for (Dependency d : sentence.children(token)) {
      String w = sentence.tokens().get(d.dependent()).lemma();
      if ((d.relation().equals("nummod") && w.equals("two")) || (d.relation().equals("det") && w.equals("both"))) {
        return true;
      }
    }
    return false;
  }
}
