package dev.storyline.enrich;

import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.model.Article;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.util.List;

/** Runs every enrichment on an article. Thread-safe; the first call loads the language models. */
public final class Enricher {

  private final Nlp nlp;
  private final ActorResolver actors;
  private final Tone tone = new Tone();
  private final Topics topics = new Topics();

  public Enricher() {
    this(Nlp.shared(), KnowledgeBase.bundled());
  }

  public Enricher(Nlp nlp, KnowledgeBase kb) {
    this.nlp = nlp;
    this.actors = new ActorResolver(kb);
  }

  /** The article with sentences, parse, resolved entities, tone and topics. */
  public EnrichedArticle enrich(Article article) {
    // Offsets point into the article text; the headline mostly repeats the lead and is left out.
    List<Sentence> sentences = nlp.annotate(article.text(), article.published());
    List<EntityMention> entities = actors.resolve(sentences, article.published());
    return new EnrichedArticle(article, sentences, entities, tone.score(sentences), topics.assign(sentences));
  }

  public Topics topics() {
    return topics;
  }
}
