package dev.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;

/** Turns the blocks of an article body into text: furniture out, paragraphs apart, lines of one block together. */
final class Paragraphs {

  private Paragraphs() {}

  static String render(List<TextBlock> blocks, String title) {
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      String t = b.text();
      if (b.linkDensity() > MainText.MAX_LINK_DENSITY) {
        continue;
      }
      if (title != null && t.equalsIgnoreCase(title.strip())) {
        continue;
      }
      if (Lines.isFurniture(t) || Lines.isByline(t) || Lines.isShouted(t)) {
        continue;
      }
      if (Lines.isEndMarker(t) && !kept.isEmpty()) {
        break;
      }
      kept.add(b);
    }
    StringBuilder out = new StringBuilder();
    TextBlock previous = null;
    for (TextBlock b : kept) {
      if (previous != null) {
        boolean together = previous.owner() == b.owner()
            || previous.kind() == TextBlock.Kind.LIST_ITEM && b.kind() == TextBlock.Kind.LIST_ITEM;
        out.append(together ? "\n" : "\n\n");
      }
      out.append(b.text());
      previous = b;
    }
    return out.toString();
  }
}
