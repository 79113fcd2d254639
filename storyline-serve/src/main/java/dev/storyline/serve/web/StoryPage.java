package dev.storyline.serve.web;

import dev.storyline.model.Address;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Reply;
import dev.storyline.model.Story;
import java.util.List;
import java.util.Map;

/**
 * What the story page shows.
 *
 * @param story the story
 * @param articles its articles, earliest first
 * @param addresses each article's addresses (with the outlet at each), by article id
 * @param versions how many versions each changed article has, by article id (absent when unchanged)
 * @param replies its replies, oldest first
 * @param error why a submitted reply was refused, or null
 * @param form the reply form's values
 */
public record StoryPage(Story story, List<ArticleDigest> articles, Map<String, List<Address>> addresses,
    Map<String, Integer> versions, List<Reply> replies, String error, ReplyForm form) {

  /** Whether a URL may be shown as a link: only web addresses, never javascript: or data: ones. */
  public static boolean linkable(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }
}
