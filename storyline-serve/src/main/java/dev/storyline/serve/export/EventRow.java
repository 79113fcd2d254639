package dev.storyline.serve.export;

import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.Objects;
import java.util.Set;

/**
 * One event with the counts GDELT gives each event, computed from its mentions and their articles.
 *
 * @param event the merged event
 * @param numMentions sentences that report it, over all articles
 * @param numSources distinct outlets among those articles (articles without an outlet count as one each)
 * @param numArticles distinct articles
 * @param rootEvent whether some article reports it in its lead ({@link #LEAD_SENTENCES} sentences)
 * @param avgTone the mean tone of the articles reporting it
 * @param sourceUrl the address of the first article that reports it, or null
 * @param added the day the first reporting article was taken in
 */
public record EventRow(Event event, int numMentions, int numSources, int numArticles, boolean rootEvent,
    double avgTone, String sourceUrl, LocalDate added) {

  /**
   * Sentences that make an article's lead. GDELT marks an event "root" when it is in the lead
   * paragraph; a wire story's lead paragraph is one or two sentences.
   */
  public static final int LEAD_SENTENCES = 2;

  public EventRow {
    Objects.requireNonNull(event, "event");
  }

  /**
   * Counts an event's reports, looking its articles up by id with {@code articles}, which gives null
   * for an article it does not know.
   */
  public static EventRow of(Event e, Function<String, ArticleDigest> articles) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    boolean root = false;
    for (EventMention m : e.mentions()) {
      ids.add(m.articleId());
      root |= m.sentenceIndex() < LEAD_SENTENCES;
    }
    double tone = 0;
    int toned = 0;
    String url = null;
    LocalDate added = null;
    for (String id : ids) {
      ArticleDigest d = articles.apply(id);
      if (d == null) {
        outlets.add("article:" + id);
        continue;
      }
      outlets.add(d.article().outlet() != null ? d.article().outlet() : "article:" + id);
      tone += d.tone();
      toned++;
      if (url == null) {
        url = d.article().url();
      }
      if (added == null || d.seen().isBefore(added)) {
        added = d.seen();
      }
    }
    return new EventRow(e, e.mentions().size(), outlets.size(), ids.size(), root, toned == 0 ? 0 : tone / toned, url,
        added);
  }

}
