package dev.storyline.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ReaderRunsTest {

  @Test
  void readsTextNodesAsJsoupTextStrippedOnRandomWhitespace() {
    long seed = System.nanoTime();
    System.out.println("ReaderRunsTest seed " + seed);
    Random random = new Random(seed);
    String alphabet = "ab \t\n\r\f\u00a0\u2003\u3000\u200b\u00ad";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String whole = s.toString();
      assertThat(ReaderRuns.readable(whole)).as("seed %d, text '%s'", seed, whole)
          .isEqualTo(new TextNode(whole).text().strip());
    }
  }

  @Test
  void keepsTheTextAReaderSeesAndWhereTheHeadlineLies() {
    Document page = Jsoup.parse("<body><p>Politik</p><h1>Neue <b>Regeln</b></h1><script>var d = 1;</script>"
        + "<div class=\"comments\"><p>Erster!</p></div><p><time class=\"updated\">2. Mai</time> Text</p>"
        + "<figure><figcaption>Foto vom 1. Mai</figcaption></figure><p itemprop=\"dateModified\">3. Mai</p></body>");
    PageIndex index = PageIndex.of(page);
    ReaderText text = index.reader.around(page.selectFirst("h1"));
    assertThat(text.runs()).extracting(ReaderText.Run::text).containsExactly("Politik", "Neue", "Regeln", "2. Mai", "Text",
        "3. Mai");
    assertThat(text.runs()).extracting(ReaderText.Run::changed).containsExactly(false, false, false, false, false, true);
    assertThat(text.runs()).extracting(ReaderText.Run::updated).containsExactly(false, false, false, true, false, false);
    assertThat(text.headlineStart()).isEqualTo("Politik ".length());
    assertThat(text.headlineEnd()).isEqualTo("Politik Neue Regeln ".length());
  }

  @Test
  void seesNoHeadlineInsideHiddenText() {
    Document page = Jsoup.parse("<body><div class=\"related\"><h2>Andere Geschichte</h2></div><p>Text</p></body>");
    assertThat(PageIndex.of(page).reader.around(page.selectFirst("h2"))).isNull();
  }

  @Test
  void anchorsOnlyOnHeadingsOfTheIndex() {
    Document page = Jsoup.parse("<body><h1>Titel</h1><p>Text</p></body>");
    PageIndex index = PageIndex.of(page);
    assertThatThrownBy(() -> index.reader.around(page.selectFirst("p"))).isInstanceOf(IllegalArgumentException.class);
  }
}
