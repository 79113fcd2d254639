package dev.storyline.extract.meta;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words that tell a person's name from a role, an outlet, a title or prose around it. */
final class NameWords {

  /** Words that make a credit part a role, an outlet or a label, not a person. */
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
      "writers", "news", "desk", "agency", "agencies", "wire", "press", "team", "contributor", "contributors",
      "updated", "published", "redaktion", "editorial", "admin", "administrator", "newsroom", "online",
      "guest", "author", "autor", "associated", "reuters", "afp", "dpa", "ap", "upi", "bloomberg", "photo",
      "photos", "foto", "fotos", "image", "images", "getty", "video", "minutes", "minute", "min", "read", "hours",
      "ago", "mehr", "artikel", "articles", "posts", "view", "profile", "follow", "email", "twitter", "facebook",
      "gmbh", "ag", "e.v", "ev", "inc", "ltd", "llc", "verlag", "magazin", "magazine", "zeitung", "redaktionsteam",
      "phd", "dr", "prof", "md", "sponsored", "gesponserte", "inhalte", "anonymous", "anonym", "unknown", "the");

  /**
   * A person's job after their name, where a byline sets it in the next span ("Anna Roe
   * Redakteurin", "Anna Roe Senior Reporter"): the name ends before it.
   */
  private static final Set<String> ROLES = Set.of(
      "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "reporter", "reporterin", "korrespondent",
      "korrespondentin", "journalist", "journalistin", "volontär", "volontärin", "kolumnist", "kolumnistin",
      "autor", "autorin", "author", "writer", "contributor", "editor", "correspondent", "columnist", "rédacteur",
      "rédactrice", "periodista", "redactor", "redactora", "giornalista");

  /**
   * Words that qualify a job ("Senior Reporter", "Freie Autorin"). They end a name only before a
   * job, since some are family names too ("Jennifer Senior").
   */
  private static final Set<String> ROLE_MODIFIERS = Set.of(
      "senior", "chief", "staff", "freier", "freie", "leitender", "leitende", "stellvertretender", "stellvertretende");

  /**
   * Titles before a name, dropped from it: "Prof. Dr. Ana Roe", "Dr Ana Roe", "Dipl.-Ing. Ana Roe".
   * Only "Dr" and "Prof" go without their dot, which keeps "Phil Roe" whole.
   */
  private static final Pattern HONORIFICS = Pattern.compile(
      "^(?:(?:(?:prof|dr)\\.?|(?:dipl\\.-ing|dipl|mag|med|phil|rer\\. nat|univ)\\.)\\s+)+(?=\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Lower-case words that belong inside names: "Ursula von der Leyen", "Abu Bakr al Baghdadi". */
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "da", "di", "du", "al", "el", "la", "le", "bin", "ibn", "zu", "v.");

  /** A particle joined to the capitalised name it precedes: "al-Rashid", "d'Arcy", "el-Sayed". */
  private static final Pattern JOINED_PARTICLE = Pattern.compile("(?:al|el|ad|an|ar|as|at|az|bin|ibn|abu|d|l)[-'’]\\p{Lu}.*");

  /** Letters after a name that are degrees, not names: "Grant Roe, PhD". */
  private static final Set<String> DEGREES = Set.of("phd", "md", "mba", "msc", "ma", "bsc", "rd", "dr", "jr", "sr");

  private NameWords() {}

  /** The name without the titles before it and the job after it, or null when no name is left. */
  static String withoutTitleAndRole(String name) {
    String n = HONORIFICS.matcher(name).replaceFirst("");
    String[] words = n.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (ROLES.contains(words[i].toLowerCase(Locale.ROOT))) {
        int end = i > 0 && ROLE_MODIFIERS.contains(words[i - 1].toLowerCase(Locale.ROOT)) ? i - 1 : i;
        return end >= 2 ? String.join(" ", Arrays.copyOf(words, end)) : null;
      }
    }
    return n;
  }

  /** True when a word of the name is a role, an outlet's or a label's. */
  static boolean hasNonNameWord(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (NOT_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True for letters that are a degree: "PhD", "M.D.". */
  static boolean isDegree(String part) {
    return DEGREES.contains(part.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** True for a lower-case word that belongs inside a name: "von", "der". */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** True for a family name that opens with its particle: "al-Rashid", "d'Arcy". */
  static boolean isJoinedParticle(String word) {
    return JOINED_PARTICLE.matcher(word).matches();
  }
}
