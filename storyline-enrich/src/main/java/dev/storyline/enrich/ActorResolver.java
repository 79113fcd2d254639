package dev.storyline.enrich;

import dev.storyline.enrich.kb.Country;
import dev.storyline.enrich.kb.Entry;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.enrich.kb.Names;
import dev.storyline.enrich.kb.Person;
import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the entity mentions of an article and resolves each to an actor: names from the knowledge base,
 * people from the titles the text gives them ("South Korean President Lee Jae Myung"), short mentions
 * ("Lee", "the South Korean leader") from the fuller ones in the same article.
 */
public final class ActorResolver {

  private static final Set<String> NER_TYPES = Set.of(
      "PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");

  /** Agent words that name a country's leader and so resolve to the leader the article names. */
  private static final Set<String> LEADER_WORDS = Set.of("leader", "president", "prime minister", "premier", "chancellor");

  /**
   * Arabic's article as English news often writes it, in lower case before a capitalised name: "al
   * Shabaab", "al-Qaeda", "ad-Din".
   */
  private static final Set<String> NAME_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");

  private final KnowledgeBase kb;

  public ActorResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The mentions in an article's sentences, in text order, resolved where the evidence allows. */
  public List<EntityMention> resolve(List<Sentence> sentences, LocalDate published) {
    List<Span> spans = new ArrayList<>();
    for (Sentence s : sentences) {
      spans.addAll(spans(s));
    }
    List<EntityMention> out = new ArrayList<>();
    List<Actor> people = new ArrayList<>();
    // First pass: everything that resolves on its own, so that short mentions can find full ones.
    for (Span sp : spans) {
      Actor a = direct(sp, sentences.get(sp.sentence()), published);
      if (a != null && a.kind() == ActorKind.PERSON && !people.contains(a)) {
        people.add(a);
      }
      out.add(mention(sp, sentences.get(sp.sentence()), a));
    }
    for (int i = 0; i < out.size(); i++) {
      EntityMention m = out.get(i);
      if (m.actor() == null && "PERSON".equals(m.type())) {
        Actor a = shortName(spans.get(i), sentences.get(m.sentence()), people, published);
        if (a != null) {
          out.set(i, withActor(m, a));
        }
      } else if (m.actor() != null && m.actor().kind() == ActorKind.AGENT && m.actor().country() != null
          && LEADER_WORDS.stream().anyMatch(w -> m.text().toLowerCase(java.util.Locale.ROOT).endsWith(w))) {
        Actor leader = leaderOf(m.actor().country(), people);
        if (leader != null) {
          out.set(i, withActor(m, leader));
        }
      }
    }
    return out;
  }

  /** Candidate spans of one sentence: longest knowledge-base names first, then the tagger's entities. */
  private List<Span> spans(Sentence s) {
    List<Span> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Span found = null;
      for (int len = Math.min(KnowledgeBase.MAX_NAME_TOKENS, t.size() - i); len >= 1 && found == null; len--) {
        List<Entry> entries = kb.lookup(phrase(t, i, i + len));
        Entry e = entries.isEmpty() ? null : entries.get(0);
        if (e != null && acceptable(e, t, i, i + len)) {
          found = new Span(s.index(), i, i + len, typeOf(e), e);
        }
      }
      if (found == null && NER_TYPES.contains(t.get(i).ner())) {
        int j = i + 1;
        while (j < t.size() && t.get(j).ner().equals(t.get(i).ner())) {
          j++;
        }
        found = new Span(s.index(), i, j, normalType(t.get(i).ner()), null);
      }
      if (found != null) {
        out.add(merged(out, found, t));
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** An agent preceded by its country ("South Korean troops", "Seoul's foreign ministry") absorbs it. */
  private static Span merged(List<Span> before, Span sp, List<Token> t) {
    if (sp.entry() == null || sp.entry().kind() != Entry.Kind.AGENT || before.isEmpty()) {
      return sp;
    }
    Span prev = before.get(before.size() - 1);
    int gap = sp.start() - prev.end();
    boolean possessive = gap == 1 && t.get(prev.end()).word().matches("'s|’s|'");
    boolean joined = gap == 0 || possessive;
    Country c = prev.entry() == null ? null : prev.entry().country();
    if (!joined || c == null || !Set.of(Entry.Kind.COUNTRY, Entry.Kind.DEMONYM, Entry.Kind.CAPITAL).contains(prev.entry().kind())) {
      return sp;
    }
    before.remove(before.size() - 1);
    Entry e = new Entry(Entry.Kind.AGENT, c, null, null, null, sp.entry().sector());
    return new Span(sp.sentence(), prev.start(), sp.end(), "AGENT", e);
  }

  private static boolean acceptable(Entry e, List<Token> t, int start, int end) {
    if (e.kind() == Entry.Kind.AGENT) {
      return t.get(end - 1).isNoun();
    }
    // Names are proper: the first word is capitalised or an acronym ("U.S.").
    if (!Character.isUpperCase(t.get(start).word().codePointAt(0)) && !articled(t, start, end)) {
      return false;
    }
    return !(e.kind() == Entry.Kind.ORGANIZATION && end - start == 1 && end < t.size()
        && opensLongerName(t.get(start).word(), e.organization().name(), t.get(end).word()));
  }

  /** Whether a name opens with a lower-case Arabic article and goes on capitalised ("al Shabaab"). */
  private static boolean articled(List<Token> t, int start, int end) {
    return end - start >= 2 && NAME_ARTICLES.contains(t.get(start).word())
        && Character.isUpperCase(t.get(start + 1).word().codePointAt(0));
  }

  /**
   * True when a one-word short name of an organisation ("European" for the European Union) is only
   * the first word of another body's name: "the European Court of Human Rights". Acronyms ("EU") and
   * full one-word names ("Hamas") stand on their own.
   */
  private static boolean opensLongerName(String word, String name, String next) {
    boolean acronym = word.equals(word.toUpperCase(java.util.Locale.ROOT));
    return !acronym && !word.equalsIgnoreCase(name) && Character.isUpperCase(next.codePointAt(0));
  }

  private Actor direct(Span sp, Sentence s, LocalDate day) {
    Entry e = sp.entry();
    if (e == null) {
      return "PERSON".equals(sp.type()) ? titled(sp, s, day) : null;
    }
    Country c = e.country();
    return switch (e.kind()) {
      case PERSON -> person(pick(e.people(), day));
      case ORGANIZATION -> new Actor(e.organization().name(), e.organization().iso3(), e.organization().kind(),
          e.organization().code(), ActorKind.ORGANIZATION);
      case COUNTRY, DEMONYM, CAPITAL -> new Actor(c.name(), c.iso3(), null, c.iso3(), ActorKind.COUNTRY);
      case PLACE -> null;
      case AGENT -> new Actor(phrase(s.tokens(), sp.start(), sp.end()), c == null ? null : c.iso3(), e.sector(),
          Actor.code(c == null ? null : c.iso3(), e.sector()), ActorKind.AGENT);
    };
  }

  /** A person the knowledge base lacks, given a country and title by the words before the name. */
  private Actor titled(Span sp, Sentence s, LocalDate day) {
    List<Token> t = s.tokens();
    int i = sp.start() - 1;
    String head = null;
    while (i >= 0 && Titles.isTitleWord(t.get(i).word())) {
      if (head == null && Titles.isHead(t.get(i).word())) {
        head = t.get(i).word();
      }
      i--;
    }
    if (head == null) {
      return null;
    }
    if (i >= 0 && t.get(i).word().matches("'s|’s")) {
      i--;
    }
    Country c = countryEndingAt(t, i);
    String name = phrase(t, sp.start(), sp.end());
    if (c == null) {
      return null;
    }
    String sector = Titles.sector(head);
    return new Actor(name, c.iso3(), sector, Actor.code(c.iso3(), sector), ActorKind.PERSON);
  }

  /** The country named by tokens ending at index {@code last}, or null. */
  private Country countryEndingAt(List<Token> t, int last) {
    for (int start = Math.max(0, last - 4); start <= last; start++) {
      for (Entry e : kb.lookup(phrase(t, start, last + 1))) {
        if (e.country() != null && e.kind() != Entry.Kind.PERSON && e.kind() != Entry.Kind.AGENT) {
          return e.country();
        }
      }
    }
    return null;
  }

  /** "Lee" or "President Lee": the full person of that surname in the article, else in the knowledge base. */
  private Actor shortName(Span sp, Sentence s, List<Actor> people, LocalDate day) {
    List<Token> t = s.tokens();
    for (int k = sp.start(); k < sp.end(); k++) {
      String word = Names.key(t.get(k).word());
      for (Actor a : people) {
        String[] parts = Names.key(a.name()).split(" ");
        if (parts.length > 1 && (parts[0].equals(word) || parts[parts.length - 1].equals(word))) {
          return a;
        }
      }
    }
    if (sp.end() - sp.start() == 1) {
      List<Person> known = kb.bySurname(Names.key(t.get(sp.start()).word()), day);
      if (known.size() == 1 || (!known.isEmpty() && known.stream().map(Person::name).distinct().count() == 1)) {
        return person(pick(known, day));
      }
    }
    return null;
  }

  private static Actor leaderOf(String iso3, List<Actor> people) {
    return people.stream()
        .filter(a -> iso3.equals(a.country()) && "GOV".equals(a.role()))
        .findFirst().orElse(null);
  }

  private static Person pick(List<Person> holders, LocalDate day) {
    return holders.stream().filter(p -> p.heldOn(day)).findFirst()
        .orElse(holders.stream().max(Comparator.comparing(p -> p.start() == null ? LocalDate.MIN : p.start())).orElseThrow());
  }

  /** A person as actor: of the office's country, or of the international body whose office it is. */
  private Actor person(Person p) {
    String role = p.sector().isEmpty() ? "GOV" : p.sector();
    String body = kb.bodyCode(p);
    return new Actor(p.name(), p.iso3(), role, body != null ? body : Actor.code(p.iso3(), role), ActorKind.PERSON);
  }

  private static EntityMention mention(Span sp, Sentence s, Actor a) {
    List<Token> t = s.tokens();
    return new EntityMention(s.index(), sp.start(), sp.end(), t.get(sp.start()).begin(), t.get(sp.end() - 1).end(),
        phrase(t, sp.start(), sp.end()), sp.type(), a);
  }

  private static EntityMention withActor(EntityMention m, Actor a) {
    return new EntityMention(m.sentence(), m.tokenStart(), m.tokenEnd(), m.begin(), m.end(), m.text(), m.type(), a);
  }

  private static String typeOf(Entry e) {
    return switch (e.kind()) {
      case PERSON -> "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      case COUNTRY -> "COUNTRY";
      case DEMONYM -> "NATIONALITY";
      case CAPITAL, PLACE -> "LOCATION";
      case AGENT -> "AGENT";
    };
  }

  private static String normalType(String ner) {
    return switch (ner) {
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> "LOCATION";
      default -> ner;
    };
  }

  static String phrase(List<Token> t, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start && !t.get(i).word().matches("'s|’s|'")) {
        b.append(' ');
      }
      b.append(t.get(i).word());
    }
    return b.toString();
  }
}
