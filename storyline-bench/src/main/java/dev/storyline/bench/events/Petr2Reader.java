package dev.storyline.bench.events;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the PETRARCH-2 validation file ({@code PETR2_GSR_validation.xml}): a {@code <Validation>} root
 * holding {@code <Sentence category date id evaluate>} records, each with {@code <EventCoding eventcode
 * sourcecode targetcode/>} or {@code <EventCoding noevents="True"/>} elements and a {@code <Text>}.
 * The file is not well-formed XML, so {@link Petr2Records} cuts it into records first; each is parsed
 * with StAX, DTDs and external entities off. Text between a record's elements is ignored, and so is
 * the gold {@code <Parse>}, but that its words stand in for an empty {@code <Text>}.
 */
final class Petr2Reader {

  /** Longest record text: a record is one sentence, at most 262 characters in the published set. */
  static final int MAX_TEXT_CHARS = 5_000;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private Petr2Reader() {}

  /** The records of a PETR-2 validation file, in file order. */
  static List<GoldSentence> read(Path file) throws GoldSetException {
    List<String> records = Petr2Records.of(file);
    XMLInputFactory xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<GoldSentence> out = new ArrayList<>();
    for (String r : records) {
      out.add(record(xml, r, file + ": record " + (out.size() + 1)));
    }
    return out;
  }

  private static GoldSentence record(XMLInputFactory xml, String record, String where) throws GoldSetException {
    try {
      XMLStreamReader r = xml.createXMLStreamReader(new StringReader(record));
      try {
        r.nextTag();
        String id = attribute(r, "id");
        if (id.isBlank()) {
          throw new GoldSetException(where + ": <Sentence> without id");
        }
        where = where + " (" + id + ")";
        String category = attribute(r, "category");
        LocalDate date = date(attribute(r, "date"));
        boolean evaluate = !"false".equalsIgnoreCase(attribute(r, "evaluate"));
        List<Coding> gold = new ArrayList<>();
        String text = null;
        String parse = "";
        // Children are skipped whole, so the first end tag met at this level is the record's own.
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
          if (event == XMLStreamConstants.END_DOCUMENT) {
            throw new XMLStreamException("record ends early");
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          switch (r.getLocalName()) {
            case "EventCoding" -> {
              Coding c = coding(r, where);
              if (c != null) {
                gold.add(c);
              }
              skip(r);
            }
            case "Text" -> text = r.getElementText().strip();
            case "Parse" -> parse = r.getElementText();
            default -> skip(r);
          }
        }
        if (text != null && text.isEmpty()) {
          text = words(parse);
        }
        if (text == null || text.isEmpty()) {
          throw new GoldSetException(where + ": no <Text>");
        }
        if (text.length() > MAX_TEXT_CHARS) {
          throw new GoldSetException(where + ": text longer than " + MAX_TEXT_CHARS + " characters");
        }
        return new GoldSentence(id, category.isBlank() ? "-" : category, date, evaluate, text, gold);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      String m = e.getMessage() == null ? "XMLStreamException" : e.getMessage();
      throw new GoldSetException(where + ": not well-formed (" + m.lines().reduce((a, b) -> b).orElse(m).strip() + ")");
    }
  }

  /** A gold coding, or null for {@code noevents}. */
  private static Coding coding(XMLStreamReader r, String where) throws GoldSetException {
    String code = attribute(r, "eventcode");
    if (code.isEmpty() && !attribute(r, "noevents").isEmpty()) {
      return null;
    }
    String source = attribute(r, "sourcecode");
    if (!code.matches("\\d{2,4}") || source.isEmpty()) {
      throw new GoldSetException(where + ": <EventCoding> needs a 2-4 digit eventcode and a sourcecode or noevents,"
          + " got eventcode='" + code + "' sourcecode='" + source + "'");
    }
    return Coding.gold(source, attribute(r, "targetcode"), code);
  }

  /**
   * The words of a CoNLL-U parse as text: the form column, a space after each unless marked
   * {@code SpaceAfter=No}. Used only for a record whose {@code <Text>} is empty (one published record).
   */
  static String words(String conllu) {
    StringBuilder b = new StringBuilder();
    for (String line : conllu.split("\n")) {
      String[] f = line.strip().split("\t");
      if (f.length >= 2 && !f[0].startsWith("#")) {
        b.append(f[1]);
        if (f.length < 10 || !f[9].contains("SpaceAfter=No")) {
          b.append(' ');
        }
      }
    }
    return b.toString().strip();
  }

  private static String attribute(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v.strip();
  }

  private static LocalDate date(String yyyymmdd) {
    if (yyyymmdd.length() != 8) {
      return null; // one published record has "121108": which century and order it means is a guess
    }
    try {
      return LocalDate.parse(yyyymmdd, DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Skips past the end of the element whose start the reader is on; the record's length bounds the loop. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("record ends early");
      }
    }
  }
}
