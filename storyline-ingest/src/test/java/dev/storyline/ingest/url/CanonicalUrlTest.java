package dev.storyline.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

  @Test
  void lowerCasesSchemeAndHostAndDropsDefaultPortTrackerAndFragment() {
    assertThat(CanonicalUrl.of("HTTP://Example.COM:80/x?utm_source=a&id=5#top")).isEqualTo("http://example.com/x?id=5");
  }

  @Test
  void keepsCaseOfPathAndQuery() {
    assertThat(CanonicalUrl.of("http://EXAMPLE.com/Politics/Story?Id=A")).isEqualTo("http://example.com/Politics/Story?Id=A");
  }

  @Test
  void writesEmptyPathAsSlash() {
    assertThat(CanonicalUrl.of("https://example.com")).isEqualTo("https://example.com/");
    assertThat(CanonicalUrl.of("https://example.com?id=1")).isEqualTo("https://example.com/?id=1");
  }

  @ParameterizedTest
  @CsvSource({
      "http://example.com:80/, http://example.com/",
      "https://example.com:443/, https://example.com/",
      "http://example.com:443/, http://example.com:443/",
      "https://example.com:80/, https://example.com:80/",
      "http://example.com:0080/, http://example.com/",
      "http://example.com:/, http://example.com/",
      "http://example.com:8080/, http://example.com:8080/"})
  void dropsOnlyTheSchemesDefaultPort(String url, String canonical) {
    assertThat(CanonicalUrl.of(url)).isEqualTo(canonical);
  }

  @Test
  void dropsUserNameAndPasswordSoCredentialsAreNeverStored() {
    assertThat(CanonicalUrl.of("https://editor:s3cret@example.com/desk")).isEqualTo("https://example.com/desk");
    assertThat(CanonicalUrl.of("https://a@b@example.com/")).isEqualTo("https://example.com/");
  }

  @Test
  void keepsWwwBecauseAnotherHostMayBeAnotherSite() {
    assertThat(CanonicalUrl.of("https://WWW.example.com/a")).isEqualTo("https://www.example.com/a");
  }

  @Test
  void writesInternationalHostsAsPunycode() {
    assertThat(CanonicalUrl.of("http://Bücher.example/")).isEqualTo("http://xn--bcher-kva.example/");
    assertThat(CanonicalUrl.of("http://b%C3%BCcher.example/")).isEqualTo("http://xn--bcher-kva.example/");
    assertThat(CanonicalUrl.of("http://xn--bcher-kva.example/")).isEqualTo("http://xn--bcher-kva.example/");
  }

  @Test
  void resolvesDotSegments() {
    assertThat(CanonicalUrl.of("http://example.com/a/./b/../c")).isEqualTo("http://example.com/a/c");
    assertThat(CanonicalUrl.of("http://example.com/a/b/..")).isEqualTo("http://example.com/a/");
    assertThat(CanonicalUrl.of("http://example.com/../../x")).isEqualTo("http://example.com/x");
    assertThat(CanonicalUrl.of("http://example.com/a/%2E%2e/b")).isEqualTo("http://example.com/b");
  }

  @Test
  void decodesEscapedUnreservedCharactersOnly() {
    assertThat(CanonicalUrl.of("http://example.com/%7Eed/%7e/%41-%5F")).isEqualTo("http://example.com/~ed/~/A-_");
    assertThat(CanonicalUrl.of("http://example.com/a%2fb?x=%26&y=%3d")).isEqualTo("http://example.com/a%2Fb?x=%26&y=%3D");
  }

  @Test
  void escapesCharactersAUrlMayNotHoldAsUtf8() {
    assertThat(CanonicalUrl.of("http://example.com/a b/\"é\"?q=<ü>")).isEqualTo("http://example.com/a%20b/%22%C3%A9%22?q=%3C%C3%BC%3E");
    assertThat(CanonicalUrl.of("http://example.com/100%/%zz")).isEqualTo("http://example.com/100%25/%25zz");
  }

  @Test
  void escapesLoneSurrogateAsReplacementCharacter() {
    assertThat(CanonicalUrl.of("http://example.com/a\uD800b")).isEqualTo("http://example.com/a%EF%BF%BDb");
  }

  @Test
  void refusesLoneSurrogateInHostRawOrEscaped() {
    assertThatThrownBy(() -> CanonicalUrl.of("http://a\uD800b.example/")).hasMessageEndingWith(": host is not a valid domain name");
    assertThatThrownBy(() -> CanonicalUrl.of("http://%ED%A0%80.example/")).hasMessageEndingWith(": host is not UTF-8 once percent-decoded");
  }

  @Test
  void readsBackslashesAsSlashesAndIgnoresTabsAndLineBreaks() {
    assertThat(CanonicalUrl.of(" http:\\\\example.com\\a\\b\n")).isEqualTo("http://example.com/a/b");
    assertThat(CanonicalUrl.of("http://exam\tple.com/a\r\nb")).isEqualTo("http://example.com/ab");
  }

  @Test
  void keepsParameterOrderAndDropsEmptyQueryAndEmptyPairs() {
    assertThat(CanonicalUrl.of("http://example.com/s?b=2&a=1")).isEqualTo("http://example.com/s?b=2&a=1");
    assertThat(CanonicalUrl.of("http://example.com/s?")).isEqualTo("http://example.com/s");
    assertThat(CanonicalUrl.of("http://example.com/s?&b=2&&a=1&")).isEqualTo("http://example.com/s?b=2&a=1");
    assertThat(CanonicalUrl.of("http://example.com/s?utm_medium=rss")).isEqualTo("http://example.com/s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"utm_source", "utm_anything", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl", "ref_src", "ocid", "cmpid", "ncid", "sr_share", "smid",
      "at_medium", "at_campaign", "CMP", "ito", "s_cid", "ns_mchannel", "guccounter", "_hsenc", "ttclid"})
  void dropsTrackingParameter(String name) {
    assertThat(CanonicalUrl.of("http://example.com/s?id=7&" + name + "=x&page=2")).isEqualTo("http://example.com/s?id=7&page=2");
    assertThat(CanonicalUrl.of("http://example.com/s?" + name)).isEqualTo("http://example.com/s");
  }

  @Test
  void matchesTrackerNamesAsTrackersSpellThem() {
    assertThat(CanonicalUrl.of("http://example.com/s?cmp=a&Fbclid=b&ref=c&id=d"))
        .isEqualTo("http://example.com/s?cmp=a&Fbclid=b&ref=c&id=d");
    assertThat(CanonicalUrl.of("http://example.com/s?utm%5Fsource=a&id=d")).isEqualTo("http://example.com/s?id=d");
  }

  @Test
  void writesIpv6HostsInTheirShortestForm() {
    assertThat(CanonicalUrl.of("http://[2001:DB8:0:0:0:0:0:1]:8080/")).isEqualTo("http://[2001:db8::1]:8080/");
    assertThat(CanonicalUrl.of("http://[0:0:1:0:0:1:0:0]/")).isEqualTo("http://[::1:0:0:1:0:0]/");
    assertThat(CanonicalUrl.of("http://[1:0:0:2:0:0:0:3]/")).isEqualTo("http://[1:0:0:2::3]/");
    assertThat(CanonicalUrl.of("http://[1:0:2:3:4:5:6:7]/")).isEqualTo("http://[1:0:2:3:4:5:6:7]/");
    assertThat(CanonicalUrl.of("http://[::]:80/")).isEqualTo("http://[::]/");
    assertThat(CanonicalUrl.of("http://[::ffff:192.0.2.1]/")).isEqualTo("http://[::ffff:192.0.2.1]/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://[::1/", "http://[::1]x/", "http://[fe80::1%25eth0]/", "http://[1:2:3:4:5:6:7:8:9]/",
      "http://[1::2::3]/", "http://[12345::]/", "http://[1:2:3:4:5:6:7:8::]/", "http://[::1.2.3.256]/",
      "http://[::01.2.3.4]/", "http://[1:]/", "http://[:1]/", "http://[]/", "http://[g::]/"})
  void refusesMalformedIpv6Hosts(String url) {
    assertThatThrownBy(() -> CanonicalUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(url + ": ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ftp://example.com/|not an http or https URL",
      "javascript:alert(1)|not an http or https URL",
      "example.com/news|not an absolute URL",
      "/news/today|not an absolute URL",
      "http:example.com|no \"//\" and host after the scheme",
      "http://|no host",
      "http://:8080/|no host",
      "http://user@/|no host",
      "http://exa mple.com/|host has a character not allowed in a domain name",
      "http://exa<mple.com/|host has a character not allowed in a domain name",
      "http://example..com/|host is not a valid domain name",
      "http://%FF.example/|host is not UTF-8 once percent-decoded",
      "http://example.com:65536/|port above 65535",
      "http://example.com:99999999999999999999/|port above 65535",
      "http://example.com:8o/|port is not a number"})
  void refusesWhatIsNotAnHttpUrlNamingInputAndProblem(String url, String problem) {
    assertThatThrownBy(() -> CanonicalUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(url + ": " + problem);
  }

  @Test
  void refusesOverlongUrlsWithAOneLineMessage() {
    String longUrl = "http://example.com/\n" + "a".repeat(CanonicalUrl.MAX_URL_LENGTH);
    assertThatThrownBy(() -> CanonicalUrl.of(longUrl)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("...: longer than 8000 characters")
        .hasMessageStartingWith("http://example.com/\\u000aaaa")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesUrlsThatGrowPastTheLimitWhenEscaped() {
    String url = "http://example.com/" + "é".repeat(2000);
    assertThatThrownBy(() -> CanonicalUrl.of(url)).hasMessageEndingWith(": longer than 8000 characters once normalised");
    assertThat(CanonicalUrl.of("http://example.com/" + "é".repeat(1000))).hasSize(19 + 6000);
  }

  @Test
  void canonicalSpellingsOfTrickyUrlsAreFixedPoints() throws IOException {
    List<String> urls = fixture("tricky-urls.txt");
    assertThat(urls).hasSizeGreaterThan(50);
    for (String url : urls) {
      String canonical = CanonicalUrl.of(url);
      assertThat(CanonicalUrl.of(canonical)).as(url).isEqualTo(canonical);
      assertThat(canonical).as(url).doesNotContain("#", " ", "\t").matches("https?://[^/?]+/.*");
    }
  }

  static List<String> fixture(String name) throws IOException {
    try (InputStream in = CanonicalUrlTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
  }
}
