package dev.storyline.extract.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * An element taken out of a page for what its class or id names, kept so that it can be put back
 * where it was when the story turns out to have been inside it.
 *
 * @param element the element, detached
 * @param parent the element it was a child of
 * @param index its position among the parent's child nodes when it was taken out
 * @param chars characters of text under it
 */
record SetAside(Element element, Element parent, int index, int chars) {

  SetAside {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(parent, "parent");
    if (index < 0 || chars < 0) {
      throw new IllegalArgumentException("index and chars are never negative: " + index + ", " + chars);
    }
  }
}
