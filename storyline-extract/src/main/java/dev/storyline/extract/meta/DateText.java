package dev.storyline.extract.meta;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written for people rather than machines: datelines, "Published ..." lines and post
 * footers in English, German, French, Spanish, Italian, Portuguese and Dutch, and relative stamps
 * such as "3 hours ago" or "vor 2 Tagen".
 *
 * <p>Numeric dates are read day first, as most of these languages write them, unless only the
 * second number can be a day ({@code 12/17/2023}). Two-digit years fall in the latest century that
 * does not put them after next year. Dates that do not exist, that lie before {@link #EARLIEST} or
 * more than {@link #LATEST_AHEAD_DAYS} after today are never returned. All methods are safe for
 * concurrent use.
 */
public final class DateText {

  /**
   * The earliest date returned. Older stamps on news pages are template defaults (1970-01-01) or
   * copyright lines, not the day a story was published.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /**
   * Days after today a date may lie: a page fetched late in the evening can already carry
   * tomorrow's date from a time zone further east.
   */
  public static final int LATEST_AHEAD_DAYS = 1;

  /**
   * Longest text read for a relative stamp. Date lines such as "Posted 3 hours ago by Jane Doe"
   * fit; sentences that merely mention "days ago" run longer.
   */
  public static final int MAX_RELATIVE_CHARS = 60;

  /**
   * Most digits in a relative amount. Real stamps count to a few hundred minutes or days; a longer
   * number is a quantity in prose.
   */
  static final int MAX_AMOUNT_DIGITS = 4;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A year not followed by more digits or a time such as "23:30". */
  private static final String YEAR_END = "(?!\\d|[:.]\\d)";

  private static final Pattern DATE = Pattern.compile(String.join("|",
      // 2023-12-17, 2023/12/17, 2023.12.17 and the day of 2023-12-17T10:00:00Z
      "(?<![\\d.])(?<iy>\\d{4})(?<is>[-/.])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})(?!\\d|\\.\\d)",
      // 20231217 on its own, not one group of a phone number such as +49 30 20231217
      "(?<![\\d+])(?<!\\d[\\s./-])(?<cy>(?:19|20)\\d{2})(?<cm>[01]\\d)(?<cd>[0-3]\\d)(?!\\d|[\\s./-]\\d)",
      // 17.12.2023, 17/12/23, 12/17/2023; not part of a version number or an IP address
      "(?<![\\p{L}\\d.,/-])(?<na>\\d{1,2})(?<ns>[-/.])(?<nb>\\d{1,2})\\k<ns>(?<ny>\\d{4}|\\d{2})(?!\\d|[./-]\\d)",
      // 17 December 2023, 17. Dez. 2023, 1er mars 2024, 17 de diciembre de 2023, 17-Dec-23. A bare
      // two-digit year needs a dash or slash: in "am 3. Mai 20 Menschen" the 20 counts people.
      "(?<![\\d.,/-])(?<dd>[0-3]?\\d)(?:st|nd|rd|th|er|º|°|ª)?(?:\\s+(?:de|of)\\s+|\\.?\\s*|\\s*[-/]\\s*)"
          + "(?<dm>" + MonthNames.ANY + ")(?!\\p{L})(?:\\s+del?\\s+|\\.?,?\\s*|\\.?\\s*[-/]\\s*)"
          + "(?<dy>\\d{4}|'\\d{2}|(?<=[-/]\\s?)\\d{2})" + YEAR_END,
      // December 17, 2023 and Dec. 17th 2023; only English puts the month first
      "(?<!\\p{L})(?<mm>" + MonthNames.ENGLISH + ")(?!\\p{L})\\.?\\s*(?<md>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d),?\\s*"
          + "(?<my>\\d{4}|'\\d{2})" + YEAR_END), FLAGS);

  /** Unit words of relative stamps, by the unit they count. */
  private static final Map<String, ChronoUnit> UNITS = new HashMap<>();

  static {
    String[][] table = {
      {"SECONDS", "s sec secs second seconds sekunde sekunden sek seconde secondes secondi secondo"
          + " segundo segundos seconden"},
      {"MINUTES", "m min mins minute minutes minuten minuto minutos minuti minuut"},
      {"HOURS", "h hr hrs hour hours std stunde stunden heure heures hora horas ora ore uur"},
      {"DAYS", "d day days tag tage tagen jour jours día días dia dias giorno giorni dag dagen"},
      {"WEEKS", "w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane weken"},
      {"MONTHS", "mo month months monat monate monaten mois mes meses mês mese mesi maand maanden"},
      {"YEARS", "y yr yrs year years jahr jahre jahren an ans année années annee annees año años ano anos"
          + " anno anni jaar jaren"},
    };
    for (String[] row : table) {
      for (String word : row[1].split(" ")) {
        UNITS.put(word, ChronoUnit.valueOf(row[0]));
      }
    }
  }

  /** Words for "today", "yesterday" and "the day before yesterday", with the days they go back. */
  private static final Map<String, Integer> DAY_WORDS = Map.ofEntries(
      Map.entry("today", 0), Map.entry("heute", 0), Map.entry("aujourd'hui", 0), Map.entry("hoy", 0),
      Map.entry("oggi", 0), Map.entry("hoje", 0), Map.entry("vandaag", 0), Map.entry("just now", 0),
      Map.entry("gerade eben", 0), Map.entry("soeben", 0), Map.entry("à l'instant", 0),
      Map.entry("ahora mismo", 0), Map.entry("adesso", 0), Map.entry("agora mesmo", 0), Map.entry("zojuist", 0),
      Map.entry("yesterday", 1), Map.entry("gestern", 1), Map.entry("hier", 1), Map.entry("ayer", 1),
      Map.entry("ieri", 1), Map.entry("ontem", 1), Map.entry("gisteren", 1),
      Map.entry("vorgestern", 2), Map.entry("avant-hier", 2), Map.entry("anteayer", 2),
      Map.entry("l'altro ieri", 2), Map.entry("ieri l'altro", 2), Map.entry("anteontem", 2),
      Map.entry("eergisteren", 2));

  /** "One" as written before a unit: "an hour ago", "vor einem Tag", "un'ora fa". */
  private static final String ONE = "(?:an|a|one|eine[mnr]?|ein|une|una|uno|un|uma|um|één|een)\\s+|un'\\s*";

  private static final Pattern AMOUNT = Pattern.compile(
      "(?<!\\p{L})(?:vor|il\\s+y\\s+a|hace|há)\\s+(?:(?<n1>\\d{1," + MAX_AMOUNT_DIGITS + "})\\s*|" + ONE + ")"
          + "(?<u1>" + alternation(UNITS.keySet()) + ")(?!\\p{L})"
          + "|(?<![\\p{L}\\d])(?:(?<n2>\\d{1," + MAX_AMOUNT_DIGITS + "})\\s*|" + ONE + ")"
          + "(?<u2>" + alternation(UNITS.keySet()) + ")(?!\\p{L})\\.?\\s+(?:ago|fa|geleden|atrás|atras)(?!\\p{L})",
      FLAGS);

  /**
   * A day word counts only when it ends the text or a time, punctuation or "at" follows: German and
   * Dutch "hier" means "here" and "Today's top stories" is a heading, not a stamp.
   */
  private static final Pattern DAY_WORD = Pattern.compile("(?<!\\p{L})(?<w>" + alternation(DAY_WORDS.keySet())
      + ")(?!\\p{L})(?=\\s*(?:$|[,;|·•–—:(/-]|\\d|(?:at|um|à|a\\s+las|alle|às|om)(?!\\p{L})))", FLAGS);

  /** Spaces and apostrophes that web text writes in typographic form. */
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u202F]");
  private static final Pattern ODD_APOSTROPHES = Pattern.compile("[\\u2019\\u02BC\\u2018]");

  private DateText() {}

  /** The first calendar date written in {@code text}, or null when it names none. */
  public static LocalDate find(String text, LocalDate today) {
    Hit hit = first(text, today);
    return hit == null ? null : hit.date();
  }

  /**
   * A date found in a text.
   *
   * @param date the day it names
   * @param start where it begins in the text
   */
  record Hit(LocalDate date, int start) {}

  /** The first calendar date written in {@code text} and where it begins, or null. */
  static Hit first(String text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(clean(text));
    int from = 0;
    while (m.find(from)) {
      LocalDate d = read(m, today);
      if (d != null) {
        return new Hit(d, m.start());
      }
      from = m.start() + 1;
    }
    return null;
  }

  /** The calendar dates written in {@code text}, in order of appearance, at most {@code max}. */
  public static List<LocalDate> findAll(String text, LocalDate today, int max) {
    Objects.requireNonNull(today, "today");
    if (text == null || max <= 0) {
      return List.of();
    }
    List<LocalDate> found = new ArrayList<>();
    Matcher m = DATE.matcher(clean(text));
    int from = 0;
    while (found.size() < max && m.find(from)) {
      LocalDate d = read(m, today);
      if (d != null) {
        found.add(d);
      }
      // After a rejected candidate, look again just past its start: a shorter reading may be valid.
      from = d != null ? m.end() : m.start() + 1;
    }
    return List.copyOf(found);
  }

  /**
   * The day a relative stamp such as "3 hours ago", "gestern" or "il y a 2 jours" names, counted
   * back from {@code fetchedAt}; null when the text holds none or is longer than
   * {@link #MAX_RELATIVE_CHARS}, or the day lies before {@link #EARLIEST}.
   */
  public static LocalDate relative(String text, LocalDateTime fetchedAt) {
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    if (text == null) {
      return null;
    }
    String s = clean(text).strip();
    if (s.isEmpty() || s.length() > MAX_RELATIVE_CHARS) {
      return null;
    }
    Matcher amount = AMOUNT.matcher(s);
    Matcher word = DAY_WORD.matcher(s);
    boolean hasAmount = amount.find();
    boolean hasWord = word.find();
    LocalDateTime then;
    if (hasAmount && (!hasWord || amount.start() <= word.start())) {
      boolean prefixed = amount.group("u1") != null;
      String n = amount.group(prefixed ? "n1" : "n2");
      ChronoUnit unit = UNITS.get(amount.group(prefixed ? "u1" : "u2").toLowerCase(Locale.ROOT));
      then = fetchedAt.minus(n == null ? 1 : Integer.parseInt(n), unit);
    } else if (hasWord) {
      then = fetchedAt.minusDays(DAY_WORDS.get(word.group("w").toLowerCase(Locale.ROOT)));
    } else {
      return null;
    }
    LocalDate d = then.toLocalDate();
    return d.isBefore(EARLIEST) ? null : d;
  }

  private static LocalDate read(Matcher m, LocalDate today) {
    if (m.group("iy") != null) {
      return date(year(m.group("iy"), today), num(m.group("im")), num(m.group("id")), today);
    }
    if (m.group("cy") != null) {
      return date(year(m.group("cy"), today), num(m.group("cm")), num(m.group("cd")), today);
    }
    if (m.group("na") != null) {
      String a = m.group("na");
      String b = m.group("nb");
      String y = m.group("ny");
      if (y.length() == 2 && (a.length() < 2 || b.length() < 2)) {
        return null; // short dates are zero-padded ("05.03.24"), version numbers ("2.10.15") are not
      }
      int first = num(a);
      int second = num(b);
      boolean monthFirst = second > 12 && first <= 12;
      return monthFirst ? date(year(y, today), first, second, today) : date(year(y, today), second, first, today);
    }
    if (m.group("dd") != null) {
      return date(year(m.group("dy"), today), MonthNames.number(m.group("dm")), num(m.group("dd")), today);
    }
    return date(year(m.group("my"), today), MonthNames.number(m.group("mm")), num(m.group("md")), today);
  }

  /** A four-digit year as written; a two-digit one in the latest century not after next year. */
  private static int year(String written, LocalDate today) {
    String digits = written.startsWith("'") ? written.substring(1) : written;
    int y = num(digits);
    if (digits.length() != 2) {
      return y;
    }
    int candidate = today.getYear() / 100 * 100 + y;
    return candidate > today.getYear() + 1 ? candidate - 100 : candidate;
  }

  private static LocalDate date(int year, int month, int day, LocalDate today) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, day);
    return d.isBefore(EARLIEST) || d.isAfter(today.plusDays(LATEST_AHEAD_DAYS)) ? null : d;
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static String clean(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    return ODD_APOSTROPHES.matcher(s).replaceAll("'");
  }

  /** Longest first, so that "avant-hier" is tried before "hier" and "months" before "m". */
  private static String alternation(Iterable<String> words) {
    List<String> sorted = new ArrayList<>();
    words.forEach(w -> sorted.add(Pattern.quote(w)));
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return String.join("|", sorted);
  }
}
