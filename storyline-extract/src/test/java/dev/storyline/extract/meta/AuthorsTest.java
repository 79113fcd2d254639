package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static Found<List<String>> authors(String html) {
    Document page = Jsoup.parse(html);
    return Authors.find(PageIndex.of(page), MetaTags.of(PageIndex.of(page)), JsonLd.article(PageIndex.of(page)));
  }

  @Test
  void resolvesJsonLdAuthorReferenceInGraph() {
    Found<List<String>> a = authors("<script type=\"application/ld+json\">{\"@graph\":["
        + "{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mara Lind\"}]}"
        + "</script>");
    assertThat(a.value()).containsExactly("Mara Lind");
    assertThat(a.source()).isEqualTo("json-ld");
  }

  @Test
  void splitsSeveralAuthorsAndDropsRolesAndOutlets() {
    assertThat(Names.people("By Ana Ruiz and Tom Lee, Reuters", true)).containsExactly("Ana Ruiz", "Tom Lee");
    assertThat(Names.people("Von Roland Brockmann und Sebastian Dreher", true))
        .containsExactly("Roland Brockmann", "Sebastian Dreher");
    assertThat(Names.people("Veröffentlicht von HansG", false)).containsExactly("HansG");
    assertThat(Names.people("Staff Reporter", true)).isEmpty();
  }

  @Test
  void readsAuthorArchiveLinkButNotCommenters() {
    Found<List<String>> a = authors("<body><ol class=\"comment-list\"><li><span class=\"author\">Kim Berg</span></li></ol>"
        + "<p>Posted in News by <a href=\"/author/jonas-weber/\">Jonas Weber</a></p></body>");
    assertThat(a.value()).containsExactly("Jonas Weber");
  }
}
