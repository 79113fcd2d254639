package dev.storyline.extract;

import dev.storyline.ingest.Document;
import dev.storyline.model.Article;
import dev.storyline.model.Hashes;
import dev.storyline.extract.lang.LanguageDetector;
import java.text.Normalizer;
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
    Fields f = Document.HTML.equals(doc.mediaType()) ? html(doc, overrides) : text.extract(doc);
    if (f.title() == null || f.title().isBlank()) {
      throw new ExtractException(doc.origin(), "no title found");
    }
    if (f.text() == null || f.text().strip().length() < MIN_TEXT_CHARS) {
      throw new ExtractException(doc.origin(), "no article text found (fewer than " + MIN_TEXT_CHARS + " characters)");
    }
    String hash = contentHash(f.title(), f.text());
    return new Article(
        "a" + hash.substring(0, ID_HEX_DIGITS),
        overrides.url() != null ? overrides.url() : f.url(),
        doc.origin(),
        f.title(),
        f.text(),
        f.authors(),
        overrides.outlet() != null ? overrides.outlet() : f.outlet(),
        overrides.published() != null ? overrides.published() : f.published(),
        f.language() != null ? f.language() : language(f.text()),
        hash);
  }

  private Fields html(Document doc, Overrides overrides) throws ExtractException {
    try {
      Extraction e = html.extract(doc.content(), overrides.url(), LocalDateTime.now());
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
