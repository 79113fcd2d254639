package dev.storyline.enrich;

import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GDELT-style tone: the share of positive words minus the share of negative words, in percent, from the
 * lexicon in {@code tone/tone-lexicon.tsv}. A negator up to {@link #NEGATION_WINDOW} words before a
 * word flips it ("did not welcome").
 */
public final class Tone {

  /** Words a negator reaches: "not", "never" govern the next few words in English news prose. */
  static final int NEGATION_WINDOW = 3;

  private final Map<String, Integer> polarity = new HashMap<>();
  private final Set<String> negators = new HashSet<>();

  public Tone() {
    for (String[] r : Tsv.read(Tone.class, "tone/tone-lexicon.tsv", 2)) {
      String lemma = r[0].toLowerCase(java.util.Locale.ROOT);
      if (r[1].equals("NEG")) {
        negators.add(lemma);
      } else if (!r[1].equals("INT")) {
        try {
          polarity.put(lemma, Integer.signum(Integer.parseInt(r[1])));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("tone lexicon: bad polarity for " + lemma + ": " + r[1], e);
        }
      }
    }
  }

  /** The tone of the sentences, -100..100; 0 for text without words. */
  public double score(List<Sentence> sentences) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        if (!Character.isLetter(tok.word().codePointAt(0))) {
          continue;
        }
        words++;
        int p = polarity.getOrDefault(tok.lemma(), 0);
        if (p != 0 && negated(t, i)) {
          p = -p;
        }
        if (p > 0) {
          positive++;
        } else if (p < 0) {
          negative++;
        }
      }
    }
    return words == 0 ? 0 : 100.0 * (positive - negative) / words;
  }

  private boolean negated(List<Token> t, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      if (negators.contains(t.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }
}
