package dev.storyline.bench.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.storyline.extract.Extraction;
import dev.storyline.extract.PageExtractor;
import dev.storyline.extract.html.HtmlPages;
import java.time.LocalDateTime;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** The extractors the benchmark compares. */
final class Contenders {

  private Contenders() {}

  static List<Contender> all() {
    return List.of(storyline(), readability4j(), boilerpipe());
  }

  static Contender storyline() {
    PageExtractor extractor = new PageExtractor();
    // The sets do not say when their pages were fetched: relative stamps cannot be read.
    LocalDateTime fetched = null;
    return new Contender() {
      @Override
      public String name() {
        return "storyline";
      }

      @Override
      public Output extract(byte[] html, String url) {
        Extraction e = extractor.extract(html, url, fetched);
        return new Output(e.text(), e.title(), e.published() == null ? null : e.published().toString(), e.authors());
      }
    };
  }

  static Contender readability4j() {
    return new Contender() {
      @Override
      public String name() {
        return "readability4j";
      }

      @Override
      public Output extract(byte[] html, String url) {
        Article a = new Readability4J(url == null ? "" : url, HtmlPages.decode(html)).parse();
        String byline = a.getByline();
        return new Output(a.getTextContent(), a.getTitle(), null, byline == null ? null : List.of(byline));
      }
    };
  }

  static Contender boilerpipe() {
    return new Contender() {
      @Override
      public String name() {
        return "boilerpipe";
      }

      @Override
      public Output extract(byte[] html, String url) throws Exception {
        return Output.textOnly(ArticleExtractor.INSTANCE.getText(HtmlPages.decode(html)));
      }
    };
  }
}
