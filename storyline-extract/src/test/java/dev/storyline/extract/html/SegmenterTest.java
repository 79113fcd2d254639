package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static List<String> texts(String bodyHtml) {
    return Segmenter.blocks(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body()).stream()
        .map(TextBlock::text).toList();
  }

  @Test
  void rejoinsSentenceHardWrappedWithLineBreaks() {
    assertThat(texts("<p>Decorators in Python let you change the behaviour of existing<br>functions without"
        + " touching them; advice in Lisp<br>does the same.</p>"))
        .containsExactly("Decorators in Python let you change the behaviour of existing functions without touching"
            + " them; advice in Lisp does the same.");
  }

  @Test
  void keepsLinesApartWhereTheNextOpensInCapitalsOrTheFirstEndsASentence() {
    assertThat(texts("<p>Harbour Street 4<br>Springfield<br>Open daily.<br>closed on holidays</p>"))
        .containsExactly("Harbour Street 4", "Springfield", "Open daily.", "closed on holidays");
  }
}
