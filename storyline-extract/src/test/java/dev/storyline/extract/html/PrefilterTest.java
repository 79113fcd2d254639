package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrefilterTest {

  private static String read(String html) throws IOException {
    StringWriter out = new StringWriter();
    try (Reader r = Prefilter.reader(html)) {
      char[] buf = new char[7]; // small buffer: ranges must survive reads that end mid-stretch
      for (int n = r.read(buf, 0, buf.length); n >= 0; n = r.read(buf, 0, buf.length)) {
        out.write(buf, 0, n);
      }
    }
    return out.toString();
  }

  @Test
  void cutsScriptsStylesSvgAndCommentsInAnyCase() throws IOException {
    assertThat(read("<p>a</p><SCRIPT>x<y</Script><style>p{}</style><svg><g/></svg><!-- c --><p>b</p>"))
        .isEqualTo("<p>a</p><p>b</p>");
  }

  @Test
  void keepsJsonLdAndUnclosedElements() throws IOException {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>";
    assertThat(read(ld + "<p>a</p>")).isEqualTo(ld + "<p>a</p>");
    assertThat(read("<p>a</p><script>never closed <p>b</p>")).isEqualTo("<p>a</p><script>never closed <p>b</p>");
  }

  @Test
  void keepsMarkupWrittenInsideJsonLdStrings() throws IOException {
    String ld = "<script type=\"application/ld+json\">{\"articleBody\":\"Use <script> tags; <!-- wp:paragraph --> stays\"}</script>";
    assertThat(read(ld + "<p>a</p><script>x</script><p>b</p>")).isEqualTo(ld + "<p>a</p><p>b</p>");
  }

  @Test
  void leavesPagesWithoutDroppableMarkupAlone() throws IOException {
    String html = "<html><body><p>1 < 2 and 3 > 2</p></body></html>";
    assertThat(read(html)).isEqualTo(html);
  }
}
