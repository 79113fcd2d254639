package dev.storyline.enrich;

import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.model.Article;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every enrichment on an article. Thread-safe; the first call loads the language models. */
public final class Enricher {

  private final Nlp nlp;
  private final ActorResolver actors;
  private final Tone tone = new Tone();
  private final Topics topics = new Topics();
  private final ParseFilter filter;

  /** Parses every sentence. */
  public Enricher() {
    this(Nlp.shared(), KnowledgeBase.bundled(), ParseFilter.ALL);
  }

  public Enricher(Nlp nlp, KnowledgeBase kb) {
    this(nlp, kb, ParseFilter.ALL);
  }

  /** Parses only the sentences {@code filter} accepts; the others keep their tags but no dependencies. */
  public Enricher(Nlp nlp, KnowledgeBase kb, ParseFilter filter) {
    this.nlp = nlp;
    this.actors = new ActorResolver(kb);
    this.filter = filter;
  }

  /** The article with sentences, parse, resolved entities, tone and topics. */
  public EnrichedArticle enrich(Article article) {
    // Offsets point into the article text; the headline mostly repeats the lead and is left out.
    Nlp.Tagged tagged = nlp.tag(article.text(), article.published());
    List<EntityMention> entities = actors.resolve(tagged.sentences(), article.published());
    Set<Integer> withActors = new HashSet<>();
    for (EntityMention m : entities) {
      if (m.actor() != null) {
        withActors.add(m.sentence());
      }
    }
    List<Sentence> sentences = nlp.parse(tagged, s -> filter.worthParsing(s, withActors.contains(s.index())));
    return new EnrichedArticle(article, sentences, entities, tone.score(sentences), topics.assign(sentences));
  }

  public Topics topics() {
    return topics;
  }
}
