package dev.storyline.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Made-up news pages and feeds for crawl tests: every article a different text. */
final class Site {

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "dur", "el", "sin", "pa", "gor",
    "ith", "ul", "bem", "cra", "no", "fen", "zu", "hal", "tri"};

  private Site() {}

  /** A made-up word; with the seed's generator, the same sequence every run. */
  static String word(Random rng) {
    StringBuilder b = new StringBuilder();
    int n = 2 + rng.nextInt(2);
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  /** Paragraphs of made-up sentences: about 150 words, unlike any other seed's. */
  static List<String> paragraphs(long seed) {
    Random rng = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      StringBuilder b = new StringBuilder();
      for (int s = 0; s < 4; s++) {
        String first = word(rng);
        b.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
        for (int w = 0; w < 11; w++) {
          b.append(' ').append(rng.nextInt(6) == 0 ? "the" : word(rng));
        }
        b.append(". ");
      }
      out.add(b.toString().strip());
    }
    return out;
  }

  /** An article page with a site header and footer around the story, and optionally a canonical link. */
  static String page(String title, List<String> paragraphs, String canonical, String siteName) {
    StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(title).append(" | ").append(siteName).append("</title>")
        .append("<meta property=\"og:site_name\" content=\"").append(siteName).append("\">");
    if (canonical != null) {
      b.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
    }
    b.append("</head><body><header><nav><a href=\"/\">").append(siteName).append(" home</a> <a href=\"/world\">World</a>")
        .append(" <a href=\"/sport\">Sport</a></nav></header><main><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></main><footer><p>Copyright ").append(siteName)
        .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>").toString();
  }

  /** An RSS 2.0 feed listing the given article addresses and titles. */
  static String rss(List<String> urls, List<String> titles) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>Test wire</title><link>http://example.org/</link><description>made up</description>");
    for (int i = 0; i < urls.size(); i++) {
      b.append("<item><title>").append(titles.get(i)).append("</title><link>").append(urls.get(i))
          .append("</link><pubDate>Tue, 24 Nov 2026 0").append(i % 10).append(":00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }
}
