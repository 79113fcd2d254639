package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages built to break extractors. Each must give a result or a one-line error; the timeout only
 * guards against hangs, the two-second figure is measured by {@code storyline extract}.
 */
class HostilePagesTest {

  /** Far above the two-second budget: a guard against hangs, not a speed measurement. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  private static final LocalDateTime FETCHED = LocalDateTime.of(2026, 1, 1, 0, 0);

  private final PageExtractor extractor = new PageExtractor();

  @Test
  void refusesEmptyAndBlankPagesWithOneLine() {
    assertThatThrownBy(() -> extractor.extract(new byte[0], null, FETCHED)).hasMessage("empty page");
    assertThatThrownBy(() -> extractor.extract(" \n\t ".getBytes(StandardCharsets.UTF_8), null, FETCHED))
        .hasMessage("empty page");
  }

  @Test
  void refusesBinaryContent() {
    long seed = System.nanoTime();
    System.out.println("refusesBinaryContent seed=" + seed);
    byte[] noise = new byte[100_000];
    new Random(seed).nextBytes(noise);
    noise[10] = 0;
    assertThatThrownBy(() -> extractor.extract(noise, null, FETCHED)).hasMessageContaining("binary");
  }

  @Test
  void readsFiftyMegabytePageWithinGuard() {
    String paragraph = "<p>The harbour board met again on Tuesday and agreed to extend the quay by forty metres.</p>\n";
    StringBuilder page = new StringBuilder("<html><head><title>Long page</title></head><body><article>");
    while (page.length() < 50_000_000) {
      page.append(paragraph);
    }
    byte[] bytes = page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    Extraction e = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(bytes, null, FETCHED));
    assertThat(e.text()).startsWith("The harbour board met again");
  }

  @Test
  void survivesHundredThousandNestedElements() {
    int depth = 100_000;
    String page = "<html><body>" + "<div>".repeat(depth)
        + "<p>A story buried deep inside a page that nests one hundred thousand elements, to break recursive code.</p>"
        + "</div>".repeat(depth) + "</body></html>";
    Extraction e = assertTimeoutPreemptively(HANG_GUARD,
        () -> extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, FETCHED));
    assertThat(e.text()).contains("A story buried deep inside a page");
  }

  @Test
  void readsLatinOnePageThatClaimsUtf8() {
    String html = "<html><head><meta charset=\"utf-8\"><title>Café</title></head><body><p>Der Bürgermeister "
        + "eröffnete am Montag die neue Brücke über die Spree, nach drei Jahren Bauzeit und vielen Verzögerungen.</p></body></html>";
    byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);
    Extraction e = extractor.extract(latin1, null, FETCHED);
    assertThat(e.text()).contains("Der Bürgermeister eröffnete am Montag die neue Brücke");
  }

  @Test
  void readsTruncatedUtf8AndStrayBytesWithoutFailing() {
    byte[] good = ("<html><body><p>Überall in der Stadt wurden am Wochenende neue Bäume gepflanzt, sagte die "
        + "Sprecherin der Verwaltung am Sonntag.</p>").getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(good, good.length + 2);
    cut[good.length] = (byte) 0xE2; // the first bytes of a three-byte character, then the end
    cut[good.length + 1] = (byte) 0x82;
    Extraction e = extractor.extract(cut, null, FETCHED);
    assertThat(e.text()).contains("Überall in der Stadt");
  }

  @Test
  void keepsUtf8PageThatSpellsTheReplacementCharacter() {
    String html = "<html><body><p>Ein kaputtes Zeichen \uFFFD steht hier, aber die Umlaute in Größe und Übung"
        + " bleiben richtig, weil die Seite gültiges UTF-8 ist.</p></body></html>";
    Extraction e = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, FETCHED);
    assertThat(e.text()).contains("Größe und Übung");
  }

  @Test
  void dropsScriptsStylesAndCommentsButKeepsJsonLd() {
    String html = "<html><head><script>var a = \"<p>not text</p>\";</script><STYLE>p{color:red}</STYLE>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-05-05\"}</script>"
        + "</head><body><!-- <p>hidden comment text</p> --><svg><text>chart label</text></svg>"
        + "<p>The museum reopened its east wing on Sunday after two years of restoration work on the roof.</p>"
        + "<script>document.write('<p>late</p>')</script></body></html>";
    Extraction e = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, FETCHED);
    assertThat(e.text()).contains("museum reopened").doesNotContain("not text", "hidden comment", "chart label", "late");
    assertThat(e.published()).hasToString("2025-05-05");
  }

  @Test
  void readsUtf16WithoutByteOrderMark() {
    String html = "<html><body><p>Die Fähre über den See fährt wieder, nachdem die Anleger repariert wurden.</p></body></html>";
    Extraction e = extractor.extract(html.getBytes(StandardCharsets.UTF_16LE), null, FETCHED);
    assertThat(e.text()).contains("Die Fähre über den See");
  }
}
