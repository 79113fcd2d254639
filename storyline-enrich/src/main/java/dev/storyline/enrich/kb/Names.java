package dev.storyline.enrich.kb;

import java.text.Normalizer;

/** The key under which names are looked up: hyphens and apostrophe forms folded, spacing normalised. */
public final class Names {
  private Names() {}

  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replace('’', '\'')
        .replace('-', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
