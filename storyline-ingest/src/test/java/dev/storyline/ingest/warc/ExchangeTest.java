package dev.storyline.ingest.warc;

import static dev.storyline.ingest.warc.WarcBytes.DATE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeTest {

  private static final byte[] BODY = new byte[0];

  @Test
  void refusesLineBreaksThatWouldForgeHeaders() {
    assertThatThrownBy(() -> new Exchange("https://a.example/\r\nWARC-Type: x", DATE, null, 200, "OK", List.of(), BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exchange("https://a.example/", DATE, null, 200, "OK\r\nX: y", List.of(), BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exchange("https://a.example/", DATE, null, 200, "OK",
        List.of(Map.entry("X-A", "1\r\nSet-Cookie: evil")), BODY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exchange("https://a.example/", DATE, null, 200, "OK",
        List.of(Map.entry("X A", "1")), BODY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesUrlsWithSpacesAndAddressesThatAreNotLiterals() {
    assertThatThrownBy(() -> new Exchange("https://a.example/a b", DATE, null, 200, "OK", List.of(), BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exchange("https://a.example/", DATE, "a.example", 200, "OK", List.of(), BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exchange("https://a.example/", DATE, null, 42, "OK", List.of(), BODY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsIpv4AndIpv6LiteralsAndTabsInValues() {
    assertThatCode(() -> new Exchange("https://a.example/", DATE, "192.0.2.7", 200, "", List.of(), BODY))
        .doesNotThrowAnyException();
    assertThatCode(() -> new Exchange("https://a.example/", DATE, "2001:db8::ffff:192.0.2.7", 404, "Not Found",
        List.of(Map.entry("X-A", "a\tb")), BODY)).doesNotThrowAnyException();
  }
}
