package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteChromeTest {

  private static Element heading(String html, String tag) {
    return Jsoup.parse(html).selectFirst(tag);
  }

  @Test
  void takesAnH1InsideAWrapperAroundContentAndSidebarForContent() {
    assertThat(SiteChrome.holds(heading("<div class=\"sidebar-wrapper\"><div class=\"content\">"
        + "<h1>Ministers meet in Oslo</h1></div><div class=\"sidebar\"></div></div>", "h1"))).isFalse();
    assertThat(SiteChrome.holds(heading("<div class=\"post-wrap sidebar-off\"><h1>Ministers meet in Oslo</h1></div>",
        "h1"))).isFalse();
  }

  @Test
  void takesALowerHeadingInsideASidebarForChrome() {
    assertThat(SiteChrome.holds(heading("<div class=\"sidebar-wrapper\"><h2>Latest posts</h2></div>", "h2"))).isTrue();
    assertThat(SiteChrome.holds(heading("<aside class=\"widget\"><h3>Archive</h3></aside>", "h3"))).isTrue();
  }

  @Test
  void takesAnH1InTheSiteLogoForChrome() {
    assertThat(SiteChrome.holds(heading("<div class=\"sidebar\"><div class=\"site-logo\"><h1>Meridian Wire</h1></div></div>",
        "h1"))).isTrue();
  }
}
