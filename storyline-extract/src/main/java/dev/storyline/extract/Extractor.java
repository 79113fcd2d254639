package dev.storyline.extract;

import dev.storyline.ingest.Document;
import dev.storyline.model.Article;
import dev.storyline.model.Hashes;
import dev.storyline.extract.lang.LanguageDetector;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** Extracts articles from documents of any supported type. Thread-safe. */
public final class Extractor {

  /** Shorter bodies are not articles but stubs, error pages or navigation. */
  public static final int MIN_TEXT_CHARS = 80;

  /** Hex digits of the content hash used in an article id: 64 bits, collision-free for any archive. */
  static final int ID_HEX_DIGITS = 16;

  private final LanguageDetector languages = new LanguageDetector();
  private final PlainTextExtractor text = new PlainTextExtractor();
  private final PageExtractor html = new PageExtractor();

  /**
   * Extracts the article in a document.
   *
   * @throws ExtractException when the document holds no article text
   */
  public Article extract(Document doc, Overrides overrides) throws ExtractException {
    // A file read now is dated against now: the same instant for page and plain text.
    LocalDateTime read = LocalDateTime.now();
    Fields f = Document.HTML.equals(doc.mediaType()) ? html(doc, overrides.url(), read)
        : text.extract(doc, read.toLocalDate());
    return article(doc, f, overrides.url() != null ? overrides.url() : f.url(),
        overrides.outlet() != null ? overrides.outlet() : f.outlet(),
        overrides.published() != null ? overrides.published() : f.published());
  }

  /**
   * Extracts the article in a page fetched from the web. Its canonical link, else the address it
   * was fetched from, becomes the article's url; relative dates are read against the fetch time.
   *
   * @param listedPublished the date a feed or sitemap gave for the page, used when the page has none
   * @throws ExtractException when the page holds no article text
   */
  public Article extractFetched(Document doc, String address, LocalDateTime fetched, LocalDate listedPublished)
      throws ExtractException {
    Fields f = html(doc, address, fetched);
    // The page's own canonical address, else the one it was fetched from (the extraction falls back to it).
    return article(doc, f, f.url(), f.outlet(),
        f.published() != null ? f.published() : listedPublished);
  }

  private Article article(Document doc, Fields f, String url, String outlet, LocalDate published)
      throws ExtractException {
    if (f.title() == null || f.title().isBlank()) {
      throw new ExtractException(doc.origin(), "no title found");
    }
    if (f.text() == null || f.text().strip().length() < MIN_TEXT_CHARS) {
      throw new ExtractException(doc.origin(), "no article text found (fewer than " + MIN_TEXT_CHARS + " characters)");
    }
    String hash = contentHash(f.title(), f.text());
    return new Article("a" + hash.substring(0, ID_HEX_DIGITS), url, doc.origin(), f.title(), f.text(), f.authors(),
        outlet, published, f.language() != null ? f.language() : language(f.text()), hash);
  }

  private Fields html(Document doc, String url, LocalDateTime fetched) throws ExtractException {
    try {
      Extraction e = html.extract(doc.content(), url, fetched);
      return new Fields(e.title(), e.text(), e.authors(), e.outlet(), e.published(), e.url(), e.language());
    } catch (IllegalArgumentException e) {
      throw new ExtractException(doc.origin(), e.getMessage());
    }
  }

  private String language(String body) {
    LanguageDetector.Guess g = languages.detect(body);
    return g == null ? null : g.language();
  }

  /** SHA-256 of title and text with case, accents, punctuation and spacing folded away. */
  static String contentHash(String title, String text) {
    String folded = Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    return Hashes.sha256Hex(folded);
  }
}
