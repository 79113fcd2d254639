package dev.storyline.serve.web;

import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Reply;
import dev.storyline.model.Story;
import java.util.List;

/**
 * What the story page shows.
 *
 * @param story the story
 * @param articles its articles, earliest first
 * @param replies its replies, oldest first
 * @param error why a submitted reply was refused, or null
 * @param form the reply form's values
 */
public record StoryPage(Story story, List<ArticleDigest> articles, List<Reply> replies, String error, ReplyForm form) {}
