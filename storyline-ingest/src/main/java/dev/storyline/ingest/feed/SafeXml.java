package dev.storyline.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML readers for hostile documents: no DTD is read, no external entity or resource is fetched, a
 * document with a DOCTYPE declaration is refused before its first element (so neither entity
 * expansion bombs nor external entities ever get a chance), and elements may not nest deeper than
 * {@link #MAX_DEPTH}. Callers bound the input size.
 */
final class SafeXml {

  /**
   * Deepest element nesting accepted. Feeds and sitemaps nest five or six levels; Atom XHTML
   * content a dozen or so more. 64 keeps every real document and bounds what a reader must track.
   */
  static final int MAX_DEPTH = 64;

  static final String DOCTYPE_REFUSED = "refused: XML with a DOCTYPE declaration";

  private SafeXml() {}

  /**
   * A namespace-aware reader over the bytes, decoded as {@link XmlEncoding} finds; bytes that are
   * not valid in that encoding become U+FFFD.
   */
  static XMLStreamReader open(byte[] bytes, String origin) throws FeedException {
    return open(bytes, origin, true);
  }

  /**
   * A reader over the bytes; without namespace awareness, prefixed names are reported whole and
   * prefixes need not be declared.
   */
  static XMLStreamReader open(byte[] bytes, String origin, boolean namespaceAware) throws FeedException {
    XmlEncoding encoding = XmlEncoding.detect(bytes, origin);
    if (Prolog.of(bytes).doctype) {
      throw new FeedException(origin, DOCTYPE_REFUSED);
    }
    Reader text = new InputStreamReader(
        new ByteArrayInputStream(bytes, encoding.bomLength(), bytes.length - encoding.bomLength()),
        encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new Refusal("refused: external resource " + systemId);
    });
    try {
      return new GuardedReader(f.createXMLStreamReader(text));
    } catch (XMLStreamException e) {
      throw failure(e, origin);
    }
  }

  /** The one-line exception for a parse failure or refusal, naming the line where it happened. */
  static FeedException failure(XMLStreamException e, String origin) {
    if (e instanceof Refusal) {
      return new FeedException(origin, e.getMessage());
    }
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    m = at >= 0 ? m.substring(at + 9) : m;
    if (m.contains("PrefixUnbound")) {
      m = "undeclared namespace prefix";
    }
    Location where = e.getLocation();
    String line = where == null || where.getLineNumber() < 0 ? "" : " at line " + where.getLineNumber();
    return new FeedException(origin, "malformed XML" + line + ": " + m);
  }

  /** A refusal by these rules rather than a syntax error. */
  static final class Refusal extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    Refusal(String problem) {
      super(problem);
    }
  }
}
