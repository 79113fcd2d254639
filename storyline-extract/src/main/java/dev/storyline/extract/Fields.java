package dev.storyline.extract;

import java.time.LocalDate;
import java.util.List;

/** What a format-specific extractor found, before overrides and hashing. */
record Fields(
    String title, String text, List<String> authors, String outlet, LocalDate published, String url, String language) {

  Fields {
    authors = List.copyOf(authors);
  }
}
