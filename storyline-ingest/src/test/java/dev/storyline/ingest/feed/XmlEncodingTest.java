package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlEncodingTest {

  private static final String RSS = "<rss><channel><title>Café – Zürich</title></channel></rss>";

  @Test
  void readsTheDeclaredEightBitEncoding() throws Exception {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + RSS.replace('–', '-'))
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(Feeds.read(latin1, "latin1.xml").title()).isEqualTo("Café - Zürich");
  }

  @Test
  void readsUtf16AndUtf8ByteOrderMarks() throws Exception {
    assertThat(Feeds.read(RSS.getBytes(StandardCharsets.UTF_16), "bom16.xml").title()).isEqualTo("Café – Zürich");
    assertThat(Feeds.read(RSS.getBytes(StandardCharsets.UTF_16LE), "le.xml").title()).isEqualTo("Café – Zürich");
    assertThat(Feeds.read(RSS.getBytes(Charset.forName("UTF-32BE")), "be32.xml").title()).isEqualTo("Café – Zürich");
    byte[] utf8 = RSS.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(Feeds.read(bom, "bom8.xml").title()).isEqualTo("Café – Zürich");
  }

  @Test
  void replacesBytesThatAreNotUtf8InsteadOfFailing() throws Exception {
    byte[] bad = "<rss><channel><title>Caf\u00e9</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(Feeds.read(bad, "bad.xml").title()).isEqualTo("Caf\uFFFD");
  }

  @Test
  void refusesAnEncodingJavaDoesNotKnow() {
    byte[] xml = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss/>".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> Feeds.read(xml, "tlh.xml")).hasMessage("tlh.xml: unsupported encoding x-klingon");
  }
}
