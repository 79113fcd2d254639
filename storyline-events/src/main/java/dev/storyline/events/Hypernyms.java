package dev.storyline.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The nouns WordNet files a noun under, so that a lexicon line written for "weapon" also reads
 * "howitzers" and one for "agreement" also reads "a covenant". Only a noun's commonest senses and
 * near ancestors count: far up, every noun is an "act" or a "group". Thread-safe.
 */
final class Hypernyms {

  /**
   * Senses of a noun read, commonest first (WordNet orders them by how often they were tagged in
   * its corpus). Two keep "missile" a weapon and "battery" an artillery unit without reaching the
   * rare senses that make a "king" a playing card.
   */
  static final int MAX_SENSES = 2;

  /**
   * Hypernym steps climbed from a sense. Four reach "weapon" from "rifle" (firearm, gun, weapon) and
   * "diplomat" from "consul", but stop short of the abstract top ("act", "group", "entity") that would
   * make every noun match every line; five let a Sunday count as a leader (Billy Sunday, evangelist).
   */
  static final int MAX_DEPTH = 4;

  /** Nouns whose answers are kept; past this the cache starts over, as news has no fixed vocabulary. */
  static final int MAX_CACHED = 50_000;

  private static final Hypernyms SHARED = new Hypernyms();

  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();
  private volatile Dictionary dictionary;

  private Hypernyms() {}

  /** The one instance: WordNet is read once per process, when first asked. */
  static Hypernyms shared() {
    return SHARED;
  }

  /**
   * The lower-case lemmas of the noun's synonyms and of the nouns above it, up to {@link #MAX_DEPTH}
   * steps from its first {@link #MAX_SENSES} senses; empty for a word WordNet does not know as a noun.
   */
  Set<String> of(String noun) {
    String key = noun.toLowerCase(Locale.ROOT);
    Set<String> known = cache.get(key);
    if (known != null) {
      return known;
    }
    Set<String> found = Set.copyOf(lookUp(key));
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, found);
    return found;
  }

  private Set<String> lookUp(String noun) {
    Set<String> out = new HashSet<>();
    Dictionary d = dictionary();
    synchronized (d) { // extJWNL's file readers are not safe for concurrent use
      try {
        IndexWord word = d.lookupIndexWord(POS.NOUN, noun);
        if (word == null) {
          return out;
        }
        List<Synset> senses = word.getSenses();
        for (Synset sense : senses.subList(0, Math.min(MAX_SENSES, senses.size()))) {
          climb(sense, out);
        }
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet could not be read for '" + noun + "': " + e.getMessage(), e);
      }
    }
    out.remove(noun);
    return out;
  }

  private static void climb(Synset sense, Set<String> out) throws JWNLException {
    Deque<Synset> level = new ArrayDeque<>(List.of(sense));
    Set<Long> seen = new HashSet<>();
    for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
      Deque<Synset> next = new ArrayDeque<>();
      for (Synset s : level) {
        if (!seen.add(s.getOffset())) {
          continue;
        }
        for (Word w : s.getWords()) {
          out.add(w.getLemma().toLowerCase(Locale.ROOT));
        }
        for (Pointer p : s.getPointers()) {
          if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
            next.add(p.getTargetSynset());
          }
        }
      }
      level = next;
    }
  }

  private Dictionary dictionary() {
    Dictionary d = dictionary;
    if (d == null) {
      synchronized (this) {
        if (dictionary == null) {
          try {
            dictionary = Dictionary.getDefaultResourceInstance();
          } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be loaded from the class path: " + e.getMessage(), e);
          }
        }
        d = dictionary;
      }
    }
    return d;
  }
}
