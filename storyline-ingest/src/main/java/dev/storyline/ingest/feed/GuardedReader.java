package dev.storyline.ingest.feed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A reader that refuses DOCTYPE events and elements deeper than {@link SafeXml#MAX_DEPTH}; every
 * way of advancing goes through {@link #next}, so no caller can step past the checks.
 */
final class GuardedReader extends StreamReaderDelegate {

  private int depth;

  GuardedReader(XMLStreamReader r) {
    super(r);
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    if (event == XMLStreamConstants.DTD) {
      throw new SafeXml.Refusal(SafeXml.DOCTYPE_REFUSED);
    } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > SafeXml.MAX_DEPTH) {
      throw new SafeXml.Refusal("refused: elements nested deeper than " + SafeXml.MAX_DEPTH);
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    }
    return event;
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = next();
    while (event != START_ELEMENT && event != END_ELEMENT) {
      if (event == CHARACTERS && !isWhiteSpace() || event == CDATA || event == END_DOCUMENT) {
        throw new XMLStreamException("expected an element", getLocation());
      }
      event = next();
    }
    return event;
  }

  @Override
  public String getElementText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    for (int event = next(); event != END_ELEMENT; event = next()) {
      if (event == CHARACTERS || event == CDATA || event == SPACE) {
        text.append(getText());
      } else if (event == START_ELEMENT || event == END_DOCUMENT) {
        throw new XMLStreamException("expected text only", getLocation());
      }
    }
    return text.toString();
  }
}
