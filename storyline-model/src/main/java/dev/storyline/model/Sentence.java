package dev.storyline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an article with its tokens and dependency parse.
 *
 * @param index position in the article, from 0
 * @param begin character offset in the article text
 * @param end character offset just past the sentence
 * @param text the sentence as written
 * @param tokens its tokens in order
 * @param dependencies its dependency parse, possibly empty when the sentence was not parsed
 */
public record Sentence(
    int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    Checks.notNegative(index, "sentence index");
    if (end < begin) {
      throw new IllegalArgumentException("sentence ends before it begins: " + begin + ".." + end);
    }
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Dependencies whose governor is the given token. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The dependency that attaches the given token to its head, or null for the root. */
  public Dependency head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }
}
