package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlAttackTest {

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void refusesExternalEntityWithoutLeakingTheFile() {
    byte[] xxe = Fixtures.bytes("xxe.xml");

    assertThatThrownBy(() -> Feeds.read(xxe, "xxe.xml")).isInstanceOf(FeedException.class)
        .hasMessage("xxe.xml: refused: XML with a DOCTYPE declaration")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
  }

  @Test
  void refusesBillionLaughsQuickly() {
    byte[] lol = Fixtures.bytes("billion-laughs.xml");

    assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
        assertThatThrownBy(() -> Feeds.read(lol, "lol.xml")).isInstanceOf(FeedException.class)
            .hasMessage("lol.xml: refused: XML with a DOCTYPE declaration"));
  }

  @Test
  void refusesExternalDtdWithoutFetchingIt() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.dtd";
    byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + url + "\">\n<rss><channel><title>&leak;</title>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(xml, "dtd.xml")).hasMessage("dtd.xml: refused: XML with a DOCTYPE declaration");
    assertThat(requests).hasValue(0);
  }

  @Test
  void refusesParameterEntitiesWithoutFetchingThem() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/p.ent";
    byte[] xml = ("<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><rss/>").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(xml, "pe.xml")).hasMessage("pe.xml: refused: XML with a DOCTYPE declaration");
    assertThat(requests).hasValue(0);
  }

  @Test
  void parserRefusesDoctypesThePrologScanMisses() {
    // the scan reads only the head, so a DOCTYPE behind a long comment reaches the parser, which refuses it
    String doc = "<!--" + "x".repeat(Prolog.HEAD_BYTES) + "--><!DOCTYPE opml [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><opml><body><outline title=\"&x;\" xmlUrl=\"https://x.example/\"/></body></opml>";
    byte[] xml = doc.getBytes(StandardCharsets.UTF_8);

    assertThat(Prolog.of(xml).doctype).isFalse();
    assertThatThrownBy(() -> Opml.read(xml, "long.opml"))
        .hasMessage("long.opml: refused: XML with a DOCTYPE declaration");
  }

  @Test
  void scansUtf16DocumentsForDoctypes() {
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-16LE\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><rss><channel><title>&x;</title></channel></rss>";

    assertThatThrownBy(() -> Feeds.read(doc.getBytes(StandardCharsets.UTF_16LE), "utf16.xml"))
        .hasMessage("utf16.xml: refused: XML with a DOCTYPE declaration");
    assertThatThrownBy(() -> Feeds.read(doc.getBytes(StandardCharsets.UTF_16), "bom.xml"))
        .hasMessage("bom.xml: refused: XML with a DOCTYPE declaration");
  }

  @Test
  void malformedXmlNamesOriginAndLine() {
    assertThatThrownBy(() -> Feeds.read(Fixtures.bytes("malformed.xml"), "https://broken.example/rss"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("https://broken.example/rss: malformed XML at line 7: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void acceptsSixtyDeepNesting() throws Exception {
    // rss, channel, item and 57 more: 60 levels
    String deep = "<x>".repeat(57) + "</x>".repeat(57);
    byte[] xml = ("<rss><channel><item><link>https://deep.example/a</link>" + deep + "</item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(Feeds.read(xml, "sixty.xml").links()).extracting(Link::url).containsExactly("https://deep.example/a");
  }

  @Test
  void refusesNestingOneBeyondTheLimit() {
    String deep = "<x>".repeat(SafeXml.MAX_DEPTH) + "</x>".repeat(SafeXml.MAX_DEPTH);
    byte[] xml = ("<rss>" + deep + "</rss>").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(xml, "deep.xml"))
        .hasMessage("deep.xml: refused: elements nested deeper than 64");
  }

  @Test
  void refusesHundredThousandDeepXmlAndJsonWithoutStackOverflow() {
    byte[] xml = ("<rss>" + "<x>".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    byte[] json = ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":" + "[".repeat(100_000))
        .getBytes(StandardCharsets.UTF_8);
    byte[] opml = ("<opml><body>" + "<outline>".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Feeds.read(xml, "deep.xml")).isInstanceOf(FeedException.class)
        .hasMessage("deep.xml: refused: elements nested deeper than 64");
    assertThatThrownBy(() -> Feeds.read(json, "deep.json")).isInstanceOf(FeedException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> Opml.read(opml, "deep.opml")).isInstanceOf(FeedException.class)
        .hasMessage("deep.opml: refused: elements nested deeper than 64");
  }
}
