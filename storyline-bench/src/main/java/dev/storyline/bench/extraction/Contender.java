package dev.storyline.bench.extraction;

import java.util.List;

/** An extractor under test. Implementations are called from one thread. */
interface Contender {

  String name();

  /**
   * Extracts one page.
   *
   * @param html the page's bytes
   * @param decoded the page as text, decoded once for contenders that take text
   * @param url its address
   */
  Output extract(byte[] html, String decoded, String url) throws Exception;

  /** What a contender found; fields it does not offer are null. */
  record Output(String text, String title, String date, List<String> authors) {
    static Output textOnly(String text) {
      return new Output(text, null, null, null);
    }
  }
}
