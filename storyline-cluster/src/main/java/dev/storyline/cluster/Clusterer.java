package dev.storyline.cluster;

import dev.storyline.events.Ids;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.ArticleDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns articles to stories one at a time: an article joins the story it is most similar to when the
 * similarity reaches {@link #JOIN_THRESHOLD} and the dates fit, else it founds a new story. Existing
 * stories keep their ids, so links and replies stay valid as stories grow.
 */
public final class Clusterer {

  /**
   * Similarity at which an article joins a story. Reports of one event by different outlets score
   * 0.45-0.8 on the bundled corpus; different events between the same countries score under 0.3.
   */
  public static final double JOIN_THRESHOLD = 0.38;

  /**
   * Days within which reports join at the plain threshold: one event is reported over two or three
   * days, plus a day for time zones.
   */
  public static final int SAME_EVENT_DAYS = 3;

  /**
   * Days beyond which an article cannot join a story: a dispute's later rounds (talks weeks after
   * tariffs) stay one story, a similar event months later does not.
   */
  public static final int WINDOW_DAYS = 45;

  /** Extra similarity required at the far end of the window, rising linearly from SAME_EVENT_DAYS. */
  static final double GAP_PENALTY = 0.2;

  /** Weights of text similarity and shared actors in the score; text carries most of the evidence. */
  static final double TEXT_WEIGHT = 0.7;
  static final double ACTOR_WEIGHT = 0.3;

  private final Map<String, List<ArticleDigest>> stories = new LinkedHashMap<>();
  private final Map<String, Integer> docFreq = new HashMap<>();
  private int docs;

  /** Starts from the stories already stored, each with its articles. */
  public Clusterer(Map<String, List<ArticleDigest>> existing) {
    existing.forEach((id, members) -> {
      stories.put(id, new ArrayList<>(members));
      members.forEach(this::count);
    });
  }

  /** The id of the story the article belongs to, founding one when no story fits. */
  public String assign(ArticleDigest article) {
    count(article);
    String best = null;
    double bestScore = JOIN_THRESHOLD;
    for (Map.Entry<String, List<ArticleDigest>> s : stories.entrySet()) {
      double score = score(article, s.getValue());
      if (score >= bestScore) {
        best = s.getKey();
        bestScore = score;
      }
    }
    if (best == null) {
      best = "s" + Ids.hash("story", article.article().id());
      stories.put(best, new ArrayList<>());
    }
    stories.get(best).add(article);
    return best;
  }

  /** Similarity of an article to a story, 0..1; 0 when the dates are too far apart. */
  double score(ArticleDigest article, List<ArticleDigest> story) {
    long gap = gapDays(article, story);
    if (gap > WINDOW_DAYS) {
      return 0;
    }
    Map<String, Double> v = Vectors.tfidf(article.terms(), docFreq, docs);
    List<Map<String, Double>> members = new ArrayList<>();
    for (ArticleDigest m : story) {
      members.add(Vectors.tfidf(m.terms(), docFreq, docs));
    }
    double text = Vectors.cosine(v, Vectors.centroid(members));
    double penalty = GAP_PENALTY * Math.max(0, gap - SAME_EVENT_DAYS) / (double) (WINDOW_DAYS - SAME_EVENT_DAYS);
    return TEXT_WEIGHT * text + ACTOR_WEIGHT * actorOverlap(article, story) - penalty;
  }

  /** Days from the article to the story's nearest article. */
  private static long gapDays(ArticleDigest article, List<ArticleDigest> story) {
    long gap = Long.MAX_VALUE;
    for (ArticleDigest m : story) {
      gap = Math.min(gap, Math.abs(m.seen().toEpochDay() - article.seen().toEpochDay()));
    }
    return gap;
  }

  /** Shared named actors (people, organisations, countries) over the smaller set. */
  private static double actorOverlap(ArticleDigest article, List<ArticleDigest> story) {
    Set<String> a = keys(List.of(article));
    Set<String> b = keys(story);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / Math.min(a.size(), b.size());
  }

  private static Set<String> keys(List<ArticleDigest> articles) {
    Set<String> out = new HashSet<>();
    for (ArticleDigest d : articles) {
      for (Actor a : d.actors()) {
        if (a.kind() != ActorKind.AGENT) {
          out.add(a.kind() == ActorKind.COUNTRY ? a.code() : a.name());
        }
      }
    }
    return out;
  }

  private void count(ArticleDigest d) {
    docs++;
    d.terms().keySet().forEach(t -> docFreq.merge(t, 1, Integer::sum));
  }
}
