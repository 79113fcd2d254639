package dev.storyline.ingest.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * JSON Feed 1 and 1.1 (https://jsonfeed.org/version/1.1), read as a stream: members other than the
 * few wanted are skipped unread, so memory stays small whatever the document holds.
 */
final class JsonFeedReader {

  /** A parser factory whose nesting limit matches the XML one; JSON Feeds nest four levels. */
  static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SafeXml.MAX_DEPTH).build())
      .build();

  private JsonFeedReader() {}

  /** Whether a {@code version} value names JSON Feed. */
  static boolean isJsonFeedVersion(String version) {
    return version.startsWith("https://jsonfeed.org/version/") || version.startsWith("http://jsonfeed.org/version/");
  }

  static Feed read(byte[] bytes, String origin, URI base) throws FeedException {
    FeedBuilder feed = new FeedBuilder(Format.JSON_FEED);
    try (JsonParser p = JSON.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new FeedException(origin, "a JSON Feed must be an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("title") && value == JsonToken.VALUE_STRING) {
          feed.title(Text.clean(p.getText()));
        } else if (name.equals("authors") || name.equals("author")) {
          authors(p, feed::author);
        } else if (name.equals("items") && value == JsonToken.START_ARRAY) {
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT && !feed.full()) {
              feed.add(item(p, base));
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new FeedException(origin, "malformed JSON" + (line > 0 ? " at line " + line : "") + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new FeedException(origin, "cannot read JSON: " + e.getMessage());
    }
    return feed.build();
  }

  private static LinkBuilder item(JsonParser p, URI base) throws IOException {
    LinkBuilder item = new LinkBuilder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        if (name.equals("authors") || name.equals("author")) {
          authors(p, item::author);
        } else {
          p.skipChildren();
        }
        continue;
      }
      switch (name) {
        case "url" -> item.url(Hrefs.absolute(base, p.getText()));
        case "external_url" -> item.fallbackUrl(Hrefs.absolute(base, p.getText()));
        case "title" -> item.title(Text.clean(p.getText()));
        case "summary" -> item.summary(Text.clean(p.getText()));
        case "date_published" -> item.published(Dates.parse(p.getText()));
        case "date_modified" -> item.fallbackPublished(Dates.parse(p.getText()));
        default -> { }
      }
    }
    return item;
  }

  /** Names from an author object (JSON Feed 1) or an array of them (1.1), the parser on its start. */
  private static void authors(JsonParser p, Consumer<String> sink) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          sink.accept(name(p));
        } else {
          p.skipChildren();
        }
      }
    } else if (p.currentToken() == JsonToken.START_OBJECT) {
      sink.accept(name(p));
    } else {
      p.skipChildren();
    }
  }

  private static String name(JsonParser p) throws IOException {
    String name = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      boolean wanted = p.currentName().equals("name");
      if (p.nextToken() == JsonToken.VALUE_STRING && wanted && name == null) {
        name = Text.person(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return name;
  }
}
