package dev.storyline.enrich;

import dev.storyline.enrich.kb.Entry;

/** A candidate mention before resolution: tokens [start, end) of a sentence and what names it. */
record Span(int sentence, int start, int end, String type, Entry entry) {}
