package dev.storyline.serve.web;

import dev.storyline.model.ArticleDigest;
import dev.storyline.model.Version;
import java.util.List;

/**
 * What the versions page of an article shows.
 *
 * @param article the article as first stored
 * @param versions its versions, oldest first
 * @param changes for each version after the first, what changed from the one before (null when too
 *     long to compare)
 */
public record VersionsPage(ArticleDigest article, List<Version> versions, List<List<TextDiff.Piece>> changes) {}
