package dev.storyline.serve.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What changed between two versions of a text, sentence by sentence. */
public final class TextDiff {

  /**
   * Sentences compared at most per side. The comparison takes time and memory in their product; news
   * articles have a few hundred sentences, and 2,000 a side is 4 million int cells, 16 MB.
   */
  static final int MAX_UNITS = 2000;

  /** A run of text that both versions share, or that one of them alone has. */
  public record Piece(Kind kind, String text) {}

  public enum Kind { SAME, REMOVED, ADDED }

  private TextDiff() {}

  /** The pieces that turn {@code before} into {@code after}, or null when either is too long to compare. */
  public static List<Piece> of(String before, String after) {
    String[] a = units(before);
    String[] b = units(after);
    if (a.length > MAX_UNITS || b.length > MAX_UNITS) {
      return null;
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Piece> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        out.add(new Piece(Kind.SAME, a[i++]));
        j++;
      } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(new Piece(Kind.ADDED, b[j++]));
      } else {
        out.add(new Piece(Kind.REMOVED, a[i++]));
      }
    }
    return out;
  }

  /** Sentences, and paragraph ends kept as their own units so the layout survives. */
  static String[] units(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      out.addAll(Arrays.asList(paragraph.strip().split("(?<=[.!?][\"”’)]?)\\s+")));
      out.add("\n");
    }
    out.removeIf(String::isEmpty);
    return out.toArray(String[]::new);
  }
}
