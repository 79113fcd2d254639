package dev.storyline.index;

/**
 * One search result.
 *
 * @param articleId the matching article
 * @param storyId the story it belongs to
 * @param title its headline
 * @param outlet its outlet, or null
 * @param published its publication date as ISO text, or null
 * @param score relevance, higher is better
 */
public record Hit(String articleId, String storyId, String title, String outlet, String published, float score) {}
