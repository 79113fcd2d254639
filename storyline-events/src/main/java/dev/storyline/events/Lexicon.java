package dev.storyline.events;

import dev.storyline.enrich.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The verb lexicon of {@code verbs.tsv}: predicates and the CAMEO codes they express. */
final class Lexicon {

  private final Map<String, List<Pattern>> byKindAndLemma = new HashMap<>();
  private final Hypernyms hypernyms = Hypernyms.shared();

  Lexicon(CameoCodes codes) {
    for (String[] r : Tsv.read(Lexicon.class, "verbs.tsv", 6)) {
      Pattern p = new Pattern(r[0], r[1].toLowerCase(java.util.Locale.ROOT), r[2].isEmpty() ? "-" : r[2],
          r[3].isEmpty() ? "*" : r[3], r[4]);
      if (!codes.exists(p.code())) {
        throw new IllegalStateException("verbs.tsv: unknown CAMEO code " + p.code() + " for " + p.lemma());
      }
      byKindAndLemma.computeIfAbsent(p.kind() + ":" + p.lemma(), k -> new ArrayList<>()).add(p);
    }
  }

  /**
   * Kind of the lines for verbs whose subject undergoes what the actor of their preposition does:
   * "received aid from X", "faces pressure from X". They are matched alongside the verb lines.
   */
  static final String CONVERSE = "converse";

  boolean has(String kind, String lemma) {
    if (byKindAndLemma.containsKey(kind + ":" + lemma)
        || kind.equals("verb") && byKindAndLemma.containsKey(CONVERSE + ":" + lemma)) {
      return true;
    }
    String american = american(lemma);
    return american != null && has(kind, american);
  }

  /**
   * Whether a verb can be coded at all: it has a line of its own, or only an intent or negated one
   * ("will work with", "refused to hand over").
   */
  boolean hasVerb(String lemma) {
    return has("verb", lemma) || has("intent", lemma) || has("neg", lemma);
  }

  /**
   * The CAMEO roots a predicate of that kind may be coded with, whatever its prepositions and objects:
   * a verb's own lines, its intent and negated lines, and the intent codes of its actions.
   */
  Set<String> roots(String kind, String lemma) {
    Set<String> out = new TreeSet<>();
    boolean verb = kind.equals("verb");
    for (Pattern p : lines(kind, lemma)) {
      out.add(Roots.of(p.code()));
      if (verb) {
        out.add(Roots.of(Intents.of(p.code())));
      }
    }
    if (verb) {
      lines("intent", lemma).forEach(p -> out.add(Roots.of(p.code())));
      lines("neg", lemma).forEach(p -> out.add(Roots.of(p.code())));
    }
    return out;
  }

  /**
   * The most specific pattern of that kind for a predicate with the given attached prepositions or
   * particles and object lemmas, or null. Verbs match the converse lines too.
   */
  Pattern match(String kind, String lemma, Set<String> preps, Set<String> objects, Set<String> kinds) {
    Pattern best = null;
    Set<String> sortedKinds = null;
    for (Pattern line : lines(kind, lemma)) {
      if (!line.prep().equals("-") && !preps.contains(line.prep())) {
        continue;
      }
      boolean named = line.object().equals("*") || objects.stream().anyMatch(line::names);
      if (!named && sortedKinds == null) {
        sortedKinds = new TreeSet<>(kinds); // sorted: a set's own order may change from run to run
      }
      Pattern p = named ? line : broader(line, sortedKinds);
      if (p != null && (best == null || p.specificity() > best.specificity())) {
        best = p;
      }
    }
    return best;
  }

  /** The line matched through an object WordNet files under the line's object, or null. */
  private Pattern broader(Pattern line, Set<String> kinds) {
    for (String o : kinds) {
      if (hypernyms.of(o).contains(line.object())) {
        return line.through(o);
      }
    }
    return null;
  }

  /**
   * The lines for a predicate, verbs with their converse lines; a British spelling the lexicon lacks
   * is looked up in its American form ("organise", "mobilisation"), which is the one listed.
   */
  private List<Pattern> lines(String kind, String lemma) {
    List<Pattern> out = new ArrayList<>(byKindAndLemma.getOrDefault(kind + ":" + lemma, List.of()));
    if (kind.equals("verb")) {
      out.addAll(byKindAndLemma.getOrDefault(CONVERSE + ":" + lemma, List.of()));
    }
    String american = american(lemma);
    return out.isEmpty() && american != null ? lines(kind, american) : out;
  }

  /** The American spelling of a British -ise, -isation or -yse word; null for any other word. */
  static String american(String lemma) {
    for (String[] ending : BRITISH_ENDINGS) {
      if (lemma.endsWith(ending[0]) && lemma.length() > ending[0].length() + 2) {
        return lemma.substring(0, lemma.length() - ending[0].length()) + ending[1];
      }
    }
    return null;
  }

  /** Endings British English spells with s where American English, the lexicon's spelling, has z. */
  private static final String[][] BRITISH_ENDINGS = {{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}};
}
