package dev.storyline.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * Namespace prefixes in scope, tracked by hand for documents parsed without namespace processing
 * (those that use a prefix they never declare). A prefix nobody declared takes its conventional
 * meaning from {@link Namespaces#conventional}.
 */
final class PrefixScopes {

  /** Declarations made on the element at each depth; null where it made none, as almost all do. */
  @SuppressWarnings("unchecked")
  private final Map<String, String>[] declared = new Map[SafeXml.MAX_DEPTH + 1];

  /** Records the declarations of the element just opened at {@code depth}. */
  void open(int depth, XMLStreamReader r) {
    Map<String, String> map = null;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String prefix = r.getAttributePrefix(i);
      String local = r.getAttributeLocalName(i);
      boolean named = "xmlns".equals(prefix);
      if (named || (prefix == null || prefix.isEmpty()) && "xmlns".equals(local)) {
        map = map == null ? new HashMap<>() : map;
        map.put(named ? local : "", r.getAttributeValue(i));
      }
    }
    declared[depth] = map;
  }

  /** Forgets the declarations of the element at {@code depth}, which has ended. */
  void close(int depth) {
    declared[depth] = null;
  }

  /** The namespace a prefix ("" for none) names at {@code depth}. */
  String namespace(String prefix, int depth) {
    for (int d = depth; d > 0; d--) {
      String ns = declared[d] == null ? null : declared[d].get(prefix);
      if (ns != null) {
        return ns;
      }
    }
    return prefix.isEmpty() ? "" : Namespaces.conventional(prefix);
  }
}
