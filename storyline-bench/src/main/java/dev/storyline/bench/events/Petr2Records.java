package dev.storyline.bench.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a PETR-2 validation file into the XML texts of its records. The published file is not
 * well-formed XML: most records open with a self-closed {@code <Sentence .../>} yet end with
 * {@code </Sentence>}, and its '#'-comment header holds a bare {@code <EventCoding...>}. So XML comments
 * are dropped (commented-out records are not records) and, within {@code <Sentences>}, each text from
 * {@code <Sentence} to its {@code </Sentence>} is one record, its opening tag reopened. Everything
 * outside records is ignored.
 */
final class Petr2Records {

  /** Largest file read: the published set is 103 kB; 32 MiB leaves room for sets 300 times larger. */
  static final int MAX_FILE_BYTES = 32 << 20;

  private static final String START = "<Sentence";
  private static final String END = "</Sentence>";

  private Petr2Records() {}

  /** Each record as a well-formed element, in file order; at least one. */
  static List<String> of(Path file) throws GoldSetException {
    String text = withoutComments(decode(file, bytes(file)));
    int records = text.indexOf("<Sentences>");
    if (!text.contains("<Validation>") && !text.contains("<Validation ") || records < 0) {
      throw new GoldSetException(file + ": not a PETR-2 validation file (no <Validation> root with <Sentences>)");
    }
    List<String> out = new ArrayList<>();
    for (int start = recordStart(text, records); start >= 0; ) {
      int end = text.indexOf(END, start);
      int next = recordStart(text, start + 1);
      if (end < 0 || next >= 0 && next < end) {
        throw new GoldSetException(file + ": record " + (out.size() + 1) + ": <Sentence> without </Sentence>");
      }
      out.add(reopened(text.substring(start, end + END.length())));
      start = next;
    }
    if (out.isEmpty()) {
      throw new GoldSetException(file + ": not a PETR-2 validation file (no <Sentence> records)");
    }
    return out;
  }

  private static byte[] bytes(Path file) throws GoldSetException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(MAX_FILE_BYTES + 1);
      if (b.length > MAX_FILE_BYTES) {
        throw new GoldSetException(file + ": larger than " + MAX_FILE_BYTES + " bytes");
      }
      return b;
    } catch (NoSuchFileException e) {
      throw new GoldSetException(file + ": no such file");
    } catch (IOException e) {
      throw new GoldSetException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static String decode(Path file, byte[] bytes) throws GoldSetException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new GoldSetException(file + ": not a PETR-2 validation file (not UTF-8 text)");
    }
  }

  /** The text with complete {@code <!-- -->} comments removed: commented-out records are not records. */
  static String withoutComments(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    for (int open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", from)) {
      int close = text.indexOf("-->", open + 4);
      if (close < 0) {
        break; // left in place: the record holding it fails to parse and says so
      }
      b.append(text, from, open);
      from = close + 3;
    }
    return b.append(text, from, text.length()).toString();
  }

  /** Where the next {@code <Sentence} tag starts at or after {@code from} ({@code <Sentences>} is not one), or -1. */
  private static int recordStart(String text, int from) {
    for (int i = text.indexOf(START, from); i >= 0; i = text.indexOf(START, i + 1)) {
      int after = i + START.length();
      if (after < text.length() && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '>'
          || text.charAt(after) == '/')) {
        return i;
      }
    }
    return -1;
  }

  /** The record with a self-closed opening tag reopened, so that its {@code </Sentence>} closes it. */
  private static String reopened(String record) {
    int close = record.indexOf('>');
    return close > 0 && record.charAt(close - 1) == '/'
        ? record.substring(0, close - 1) + record.substring(close) : record;
  }
}
