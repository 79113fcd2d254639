package dev.storyline.bench.extraction;

import java.util.List;

/** An extractor under test. Implementations are called from one thread. */
interface Contender {

  String name();

  /**
   * Extracts one page from its bytes, as fetched: a contender that takes text decodes them in this
   * call, so every contender is timed for the same work, bytes to article.
   *
   * @param html the page's bytes
   * @param url its address
   */
  Output extract(byte[] html, String url) throws Exception;

  /** What a contender found; fields it does not offer are null. */
  record Output(String text, String title, String date, List<String> authors) {
    static Output textOnly(String text) {
      return new Output(text, null, null, null);
    }
  }
}
