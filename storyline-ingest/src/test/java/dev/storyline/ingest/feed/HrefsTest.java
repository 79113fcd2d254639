package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HrefsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "https://a.example/news/today.html | story.html        | https://a.example/news/story.html",
      "https://a.example/news/today.html | /top              | https://a.example/top",
      "https://a.example/news/today.html | ../up             | https://a.example/up",
      "https://a.example/news/today.html | ?page=2           | https://a.example/news/today.html?page=2",
      "https://a.example/news/today.html | //cdn.example/x   | https://cdn.example/x",
      "https://a.example                 | rel               | https://a.example/rel",
      "https://a.example/                | '  https://b.example/x  ' | https://b.example/x",
      "https://a.example/                | http://b.example/a b^c{} | http://b.example/a%20b%5Ec%7B%7D",
      "https://a.example/                | https://b.example/100%  | https://b.example/100%25",
      "https://a.example/                | HTTPS://B.example/x | HTTPS://B.example/x",
      "NULL                              | relative/only     | NULL",
      "https://a.example/                | mailto:x@a.example | NULL",
      "https://a.example/                | javascript:alert(1) | NULL",
      "https://a.example/                | ftp://a.example/f  | NULL",
      "https://a.example/                | ''                 | NULL",
      "https://a.example/                | http:///nohost     | NULL",
  })
  void resolvesAndKeepsOnlyWebAddresses(String base, String reference, String expected) {
    assertThat(Hrefs.absolute(base == null ? null : URI.create(base), reference)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void dropsOverlongAddresses() {
    String longUrl = "https://a.example/" + "x".repeat(Feeds.MAX_URL_LENGTH);
    assertThat(Hrefs.absolute(null, longUrl)).isNull();
    assertThat(Hrefs.absolute(null, longUrl.substring(0, Feeds.MAX_URL_LENGTH))).hasSize(Feeds.MAX_URL_LENGTH);
  }
}
