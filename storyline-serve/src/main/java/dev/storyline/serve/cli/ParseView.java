package dev.storyline.serve.cli;

import dev.storyline.model.Dependency;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis the coder read, as JSON-ready maps: per sentence its tokens (word/lemma/tag), its
 * dependencies ("nsubj(attacked-2, Russia-1)", empty when the sentence was not worth parsing) and the
 * mentions found in it with the actor each resolved to.
 */
final class ParseView {

  private ParseView() {}

  static List<Map<String, Object>> of(EnrichedArticle article) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", s.text());
      m.put("tokens", s.tokens().stream().map(t -> t.word() + "/" + t.lemma() + "/" + t.pos()).toList());
      m.put("dependencies", s.dependencies().stream().map(d -> dependency(s, d)).toList());
      m.put("mentions", article.entities().stream().filter(e -> e.sentence() == s.index())
          .map(ParseView::mention).toList());
      out.add(m);
    }
    return out;
  }

  private static String dependency(Sentence s, Dependency d) {
    String governor = d.governor() < 0 ? "ROOT-0" : word(s.tokens().get(d.governor()));
    return d.relation() + "(" + governor + ", " + word(s.tokens().get(d.dependent())) + ")";
  }

  /** A token as the Stanford dependency notation writes it: word and 1-based position. */
  private static String word(Token t) {
    return t.word() + "-" + (t.index() + 1);
  }

  private static String mention(EntityMention e) {
    return e.text() + " [" + e.type() + (e.actor() == null ? "" : " -> " + e.actor().code()) + "]";
  }
}
