package dev.storyline.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CanonicalUrlResolveTest {

  static final String PAGE = "https://News.example.org/world/2024/story.html?id=9#comments";

  @ParameterizedTest
  @CsvSource({
      "other.html, https://news.example.org/world/2024/other.html",
      "./other.html, https://news.example.org/world/2024/other.html",
      "../../sport/match.html, https://news.example.org/sport/match.html",
      "../../../../../x, https://news.example.org/x",
      "/about, https://news.example.org/about",
      "\\about, https://news.example.org/about",
      "//cdn.example.net/a.html, https://cdn.example.net/a.html",
      "\\\\cdn.example.net\\a.html, https://cdn.example.net/a.html",
      "?id=10&utm_source=home, https://news.example.org/world/2024/story.html?id=10",
      "#top, https://news.example.org/world/2024/story.html?id=9",
      "'', https://news.example.org/world/2024/story.html?id=9",
      "'  ', https://news.example.org/world/2024/story.html?id=9",
      "HTTP://Other.example.com:80/a?fbclid=1, http://other.example.com/a",
      "' /spaced link ', https://news.example.org/spaced%20link",
      "1a:b, https://news.example.org/world/2024/1a:b"})
  void resolvesLinksAgainstThePageAndCanonicalisesThem(String href, String expected) {
    assertThat(CanonicalUrl.resolve(PAGE, href)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailto:desk@example.org", "javascript:void(0)", "tel:+15550100", "ftp://files.example.org/",
      "data:text/html,hi", "http://exa mple.com/", "http://", "//", "http:relative", "https://[::1/"})
  void returnsNullForLinksThatAreNotUsableHttpAddresses(String href) {
    assertThat(CanonicalUrl.resolve(PAGE, href)).isNull();
  }

  @Test
  void returnsNullForMissingAndOverlongLinks() {
    assertThat(CanonicalUrl.resolve(PAGE, null)).isNull();
    assertThat(CanonicalUrl.resolve(PAGE, "a".repeat(CanonicalUrl.MAX_URL_LENGTH + 1))).isNull();
    assertThat(CanonicalUrl.resolve(PAGE, "a".repeat(CanonicalUrl.MAX_URL_LENGTH - 20))).isNull();
  }

  @Test
  void resolvesAgainstTheRootOfAPageWithoutPath() {
    assertThat(CanonicalUrl.resolve("http://example.org", "a/b")).isEqualTo("http://example.org/a/b");
    assertThat(CanonicalUrl.resolve("http://[2001:db8::1]:8080", "../a")).isEqualTo("http://[2001:db8::1]:8080/a");
  }

  @Test
  void refusesAPageAddressThatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> CanonicalUrl.resolve("file:///etc/passwd", "a.html"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file:///etc/passwd: not an http or https URL");
  }
}
