package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapTest {

  @Test
  void readsNewsTitlesAndDatesAndIgnoresImageVideoAndHreflang() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("news-sitemap.xml"), "https://tribune.example/news-sitemap.xml");

    assertThat(feed.format()).isEqualTo(Format.SITEMAP);
    assertThat(feed.title()).isNull();
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://tribune.example/politics/budget-vote", "https://tribune.example/sport/final",
        "https://tribune.example/weather");
    Link budget = feed.links().get(0);
    assertThat(budget.title()).isEqualTo("Budget vote delayed & reset");
    assertThat(budget.published()).isEqualTo(Instant.parse("2024-06-02T17:30:00Z"));
    assertThat(feed.links().get(1).title()).isNull();
    assertThat(feed.links().get(1).published()).isEqualTo(Instant.parse("2024-06-01T20:00:00Z"));
    assertThat(feed.links().get(2).published()).isNull();
  }

  @Test
  void readsGzippedSitemapsAndDropsDuplicates() throws Exception {
    byte[] gz = gzip(Fixtures.bytes("sitemap.xml"));

    Feed feed = Feeds.read(gz, "https://shop.example/sitemap.xml.gz");

    assertThat(Formats.sniff(gz)).isEqualTo(Format.SITEMAP);
    assertThat(feed.links()).extracting(Link::url).containsExactly(
        "https://shop.example/", "https://shop.example/about", "https://shop.example/blog/spring-sale");
    assertThat(feed.links().get(0).published()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
  }

  @Test
  void refusesGzipThatInflatesBeyondTheSitemapLimit() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buf)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      out.write("<urlset>".getBytes());
      for (int i = 0; i <= Feeds.MAX_SITEMAP_BYTES / spaces.length; i++) {
        out.write(spaces);
      }
    }

    assertThatThrownBy(() -> Feeds.read(buf.toByteArray(), "bomb.xml.gz")).isInstanceOf(FeedException.class)
        .hasMessage("bomb.xml.gz: larger than 52428800 bytes uncompressed (sitemaps.org limit)");
  }

  @Test
  void refusesTruncatedGzip() throws Exception {
    byte[] gz = gzip(Fixtures.bytes("sitemap.xml"));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);

    assertThatThrownBy(() -> Feeds.read(cut, "cut.xml.gz")).isInstanceOf(FeedException.class)
        .hasMessageStartingWith("cut.xml.gz: corrupt gzip data");
  }

  @Test
  void readsChildSitemapsOfAnIndexResolvedAndWebOnly() throws Exception {
    Feed feed = Feeds.read(Fixtures.bytes("sitemap-index.xml"), "https://tribune.example/sitemap.xml");

    assertThat(feed.format()).isEqualTo(Format.SITEMAP_INDEX);
    assertThat(feed.links()).isEmpty();
    assertThat(feed.sitemaps()).containsExactly(
        "https://tribune.example/sitemaps/news.xml", "https://tribune.example/sitemaps/archive-2023.xml.gz");
  }

  @Test
  void readsNoMoreThanMaxLinks() throws Exception {
    StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < Feeds.MAX_LINKS + 10; i++) {
      xml.append("<url><loc>https://big.example/p").append(i).append("</loc></url>");
    }
    xml.append("</urlset>");

    List<Link> links = Feeds.read(xml.toString().getBytes(), "big.xml").links();

    assertThat(links).hasSize(Feeds.MAX_LINKS);
    assertThat(links.get(Feeds.MAX_LINKS - 1).url()).isEqualTo("https://big.example/p" + (Feeds.MAX_LINKS - 1));
  }

  @Test
  void readsSitemapsWithoutNamespace() throws Exception {
    byte[] xml = "<urlset><url><loc>https://bare.example/a</loc></url></urlset>".getBytes();

    assertThat(Feeds.read(xml, "bare.xml").links()).extracting(Link::url).containsExactly("https://bare.example/a");
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buf)) {
      out.write(plain);
    }
    return buf.toByteArray();
  }
}
