package dev.storyline.enrich.kb;

import dev.storyline.enrich.Tsv;
import dev.storyline.model.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The facts Storyline knows about the world, looked up by name. Immutable once loaded; thread-safe. */
public final class KnowledgeBase {

  /** Longest name in tokens that lookups try: "Democratic People's Republic of Korea" is seven. */
  public static final int MAX_NAME_TOKENS = 8;

  private final Map<String, List<Entry>> byName = new HashMap<>();
  private final Map<String, List<Entry>> byLowerName = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final List<Person> people = new ArrayList<>();

  private static volatile KnowledgeBase bundled;

  /** The knowledge base shipped with Storyline, loaded once. */
  public static KnowledgeBase bundled() {
    KnowledgeBase kb = bundled;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = bundled;
        if (kb == null) {
          bundled = kb = new KnowledgeBase();
        }
      }
    }
    return kb;
  }

  private KnowledgeBase() {
    for (String[] r : Tsv.read(KnowledgeBase.class, "countries.tsv", 8)) {
      Place capital = r[5].isEmpty() ? null : new Place(r[5], r[0], number(r[6]), number(r[7]));
      Country c = new Country(r[0], r[2], capital);
      countries.put(c.iso3(), c);
      add(r[2], new Entry(Entry.Kind.COUNTRY, c, null, null, null, null), false);
      for (String alias : Tsv.list(r[3])) {
        add(alias, new Entry(Entry.Kind.COUNTRY, c, null, null, null, null), false);
      }
      for (String demonym : Tsv.list(r[4])) {
        add(demonym, new Entry(Entry.Kind.DEMONYM, c, null, null, null, null), false);
      }
      if (capital != null) {
        add(capital.name(), new Entry(Entry.Kind.CAPITAL, c, capital, null, null, null), false);
      }
    }
    for (String[] r : Tsv.read(KnowledgeBase.class, "places.tsv", 6)) {
      Country c = countries.get(r[2]);
      Place p = new Place(r[0], r[2].isEmpty() ? null : r[2], number(r[4]), number(r[5]));
      boolean capital = c != null && c.capital() != null && Names.key(c.capital().name()).equals(Names.key(r[0]));
      Entry.Kind kind = capital ? Entry.Kind.CAPITAL : Entry.Kind.PLACE;
      add(r[0], new Entry(kind, c, p, null, null, null), false);
      for (String alias : Tsv.list(r[1])) {
        add(alias, new Entry(kind, c, p, null, null, null), false);
      }
    }
    Map<String, List<Person>> holders = new HashMap<>();
    for (String[] r : Tsv.read(KnowledgeBase.class, "people.tsv", 7)) {
      Person p = new Person(r[0], Tsv.list(r[1]), r[2].isEmpty() ? null : r[2], r[3], r[4], date(r[5]), date(r[6]));
      people.add(p);
      holders.computeIfAbsent(Names.key(p.name()), k -> new ArrayList<>()).add(p);
      for (String alias : p.aliases()) {
        holders.computeIfAbsent(Names.key(alias), k -> new ArrayList<>()).add(p);
      }
    }
    holders.forEach((name, list) -> add(name, new Entry(Entry.Kind.PERSON, countries.get(list.get(0).iso3()), null, list, null, null), false));
    for (String[] r : Tsv.read(KnowledgeBase.class, "organizations.tsv", 5)) {
      Organization o = new Organization(r[0], r[2], r[3], r[4].isEmpty() ? null : r[4]);
      Entry e = new Entry(Entry.Kind.ORGANIZATION, countries.get(r[4]), null, null, o, null);
      add(r[0], e, false);
      for (String alias : Tsv.list(r[1])) {
        add(alias, e, false);
      }
    }
    for (String[] r : Tsv.read(KnowledgeBase.class, "agents.tsv", 2)) {
      add(r[0], new Entry(Entry.Kind.AGENT, null, null, null, null, r[1]), true);
    }
    byName.values().forEach(l -> l.sort((a, b) -> a.kind().compareTo(b.kind())));
    byLowerName.values().forEach(l -> l.sort((a, b) -> a.kind().compareTo(b.kind())));
  }

  private void add(String name, Entry e, boolean anyCase) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return;
    }
    Map<String, List<Entry>> map = anyCase ? byLowerName : byName;
    map.computeIfAbsent(anyCase ? key.toLowerCase(Locale.ROOT) : key, k -> new ArrayList<>()).add(e);
  }

  /** Entries a phrase names exactly as written (names are case-sensitive: "US" is not "us"). */
  public List<Entry> lookup(String phrase) {
    String key = Names.key(phrase);
    List<Entry> exact = byName.get(key);
    if (exact != null) {
      return Collections.unmodifiableList(exact);
    }
    List<Entry> lower = byLowerName.get(key.toLowerCase(Locale.ROOT));
    return lower == null ? List.of() : Collections.unmodifiableList(lower);
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  /**
   * Office holders whose name has the given first or last word, or one of whose other spellings ends
   * in it ("Zelenskiy" for Volodymyr Zelenskyy), in office on that day.
   */
  public List<Person> bySurname(String word, LocalDate day) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      boolean named = endsOf(p.name(), word) || p.aliases().stream().anyMatch(a -> lastOf(a, word));
      if (named && p.heldOn(day)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean lastOf(String name, String word) {
    String[] parts = Names.key(name).split(" ");
    return parts[parts.length - 1].equals(word);
  }

  private static boolean endsOf(String name, String word) {
    return Names.key(name).split(" ")[0].equals(word) || lastOf(name, word);
  }

  /** People holding an office of that country and title on that day: "President" of "KOR". */
  public List<Person> holders(String iso3, String title, LocalDate day) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      if (iso3.equals(p.iso3()) && p.title().equalsIgnoreCase(title) && p.heldOn(day)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The code of the international body whose office a person holds, read from the office's title
   * ("Secretary General of NATO": IGONAT); null for a national office or a title that names no body
   * of organizations.tsv.
   */
  public String bodyCode(Person p) {
    int of = p.title().lastIndexOf(" of ");
    if (p.iso3() != null || of < 0) {
      return null;
    }
    String body = p.title().substring(of + " of ".length()).replaceFirst("^the ", "");
    for (Entry e : lookup(body)) {
      if (e.kind() == Entry.Kind.ORGANIZATION) {
        return e.organization().code();
      }
    }
    return null;
  }

  private static Double number(String s) {
    try {
      return s.isEmpty() ? null : Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
