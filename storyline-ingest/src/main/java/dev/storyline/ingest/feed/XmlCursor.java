package dev.storyline.ingest.feed;

import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of a safely opened XML document, keeping for each open element its name,
 * namespace and base address ({@code xml:base} resolved against the document's address).
 */
final class XmlCursor {

  private final XMLStreamReader r;
  private final String origin;
  private final boolean namespaceAware;
  private final String[] names = new String[SafeXml.MAX_DEPTH + 1];
  private final String[] spaces = new String[SafeXml.MAX_DEPTH + 1];
  private final URI[] bases = new URI[SafeXml.MAX_DEPTH + 1];
  /** Prefix declarations, kept here when the parser does not resolve prefixes itself. */
  private final PrefixScopes prefixes = new PrefixScopes();
  private int depth;
  private boolean ended;
  private boolean unboundPrefix;

  /**
   * @param base the document's own address, or null when it has none (a file); relative links are
   *     then usable only under an absolute {@code xml:base}
   */
  XmlCursor(byte[] bytes, String origin, URI base, boolean namespaceAware) throws FeedException {
    this.r = SafeXml.open(bytes, origin, namespaceAware);
    this.origin = origin;
    this.namespaceAware = namespaceAware;
    bases[0] = base;
  }

  /**
   * Moves to the next element start below depth {@code floor}; false once the element open at
   * {@code floor} has ended (or the document, for floor 0).
   */
  boolean next(int floor) throws FeedException {
    try {
      while (!ended) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          open();
          return true;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          prefixes.close(depth--);
          if (depth < floor) {
            return false;
          }
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          ended = true;
        }
      }
      return false;
    } catch (XMLStreamException e) {
      unboundPrefix = namespaceAware && String.valueOf(e.getMessage()).contains("PrefixUnbound");
      throw SafeXml.failure(e, origin);
    }
  }

  /** The text inside the current element, descendants included, at most {@link Feeds#MAX_TEXT} chars; moves past its end. */
  String text() throws FeedException {
    StringBuilder text = new StringBuilder();
    int floor = depth;
    try {
      while (!ended && depth >= floor) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          open();
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          prefixes.close(depth--);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          int room = Feeds.MAX_TEXT - text.length();
          if (room > 0) {
            text.append(r.getTextCharacters(), r.getTextStart(), Math.min(room, r.getTextLength()));
          }
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          ended = true;
        }
      }
    } catch (XMLStreamException e) {
      throw SafeXml.failure(e, origin);
    }
    return text.toString();
  }

  /** The text inside the current element as an address, made absolute as {@link #resolve} does. */
  String textAsUrl() throws FeedException {
    URI base = bases[depth];
    return Hrefs.absolute(base, text());
  }

  /** Whether parsing failed on a prefix the document never declared. */
  boolean unboundPrefix() {
    return unboundPrefix;
  }

  /** Depth of the current element, the root being 1. */
  int depth() {
    return depth;
  }

  /** Local name of the current element. */
  String name() {
    return names[depth];
  }

  /** Namespace of the current element; empty for none. */
  String namespace() {
    return spaces[depth];
  }

  /** Local name of the current element's parent, or null at the root. */
  String parent() {
    return depth > 1 ? names[depth - 1] : null;
  }

  /** Whether the current element has this namespace and local name (case aside, as feeds vary). */
  boolean is(String namespace, String localName) {
    return spaces[depth].equals(namespace) && names[depth].equalsIgnoreCase(localName);
  }

  /** Reads a value at the cursor. */
  interface ValueReader<T> {
    T read(XmlCursor c) throws FeedException;
  }

  /**
   * Reads the first direct child of the current element with this namespace and local name, and
   * moves past the element's end; null when it has no such child.
   */
  <T> T firstChild(String namespace, String localName, ValueReader<T> reader) throws FeedException {
    T value = null;
    int at = depth;
    while (next(at)) {
      if (value == null && depth == at + 1 && is(namespace, localName)) {
        value = reader.read(this);
      }
    }
    return value;
  }

  /** Value of the current element's unprefixed attribute of this name (case aside), or null. */
  String attribute(String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String prefix = r.getAttributePrefix(i);
      if ((prefix == null || prefix.isEmpty()) && localName.equalsIgnoreCase(r.getAttributeLocalName(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Value of an attribute in a namespace, or null. */
  String attribute(String namespace, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (localName.equals(r.getAttributeLocalName(i)) && namespace.equals(attributeNamespace(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** An address in the current element made absolute against its base; null unless http(s). */
  String resolve(String reference) {
    return Hrefs.absolute(bases[depth], reference);
  }

  private void open() {
    depth++;
    if (!namespaceAware) {
      prefixes.open(depth, r);
    }
    String name = r.getLocalName();
    if (namespaceAware) {
      names[depth] = name;
      spaces[depth] = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
    } else {
      int colon = name.indexOf(':');
      names[depth] = name.substring(colon + 1);
      spaces[depth] = prefixes.namespace(colon < 0 ? "" : name.substring(0, colon), depth);
    }
    String base = attribute(XMLConstants.XML_NS_URI, "base");
    bases[depth] = base == null ? bases[depth - 1] : Hrefs.base(bases[depth - 1], base);
  }

  private String attributeNamespace(int i) {
    String ns = r.getAttributeNamespace(i);
    if (ns == null && !namespaceAware && "xml".equals(r.getAttributePrefix(i))) {
      return XMLConstants.XML_NS_URI;
    }
    return ns == null ? "" : ns;
  }
}
