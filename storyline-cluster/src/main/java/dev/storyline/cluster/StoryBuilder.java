package dev.storyline.cluster;

import dev.storyline.events.EventMerger;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Event;
import dev.storyline.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a story's record from its articles: title, summary, merged events, actors, topics, span. */
public final class StoryBuilder {

  /** Actors listed for a story; beyond a dozen the list names bystanders. */
  static final int MAX_ACTORS = 12;

  /** Topics listed for a story, as for an article. */
  static final int MAX_TOPICS = 3;

  private StoryBuilder() {}

  public static Story build(String id, List<ArticleDigest> members) {
    List<ArticleDigest> articles = new ArrayList<>(members);
    articles.sort(Comparator.comparing(ArticleDigest::seen).thenComparing(d -> d.article().id()));
    List<Event> events = new ArrayList<>();
    articles.forEach(a -> events.addAll(a.events()));
    LocalDate first = articles.get(0).seen();
    LocalDate last = articles.get(articles.size() - 1).seen();
    return new Story(id, articles.get(0).article().title(), Summaries.summarize(articles), first, last,
        articles.stream().map(a -> a.article().id()).toList(), EventMerger.merge(id, events), actors(articles),
        topics(articles));
  }

  private static List<Actor> actors(List<ArticleDigest> articles) {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    for (ArticleDigest a : articles) {
      for (EntityMention m : a.entities()) {
        if (m.actor() != null && m.actor().kind() != ActorKind.AGENT) {
          counts.merge(m.actor(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed())
        .limit(MAX_ACTORS).map(Map.Entry::getKey).toList();
  }

  private static List<String> topics(List<ArticleDigest> articles) {
    Map<String, Integer> score = new HashMap<>();
    for (ArticleDigest a : articles) {
      List<String> t = a.topics();
      for (int i = 0; i < t.size(); i++) {
        score.merge(t.get(i), t.size() - i, Integer::sum);
      }
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TOPICS).map(Map.Entry::getKey).toList();
  }
}
