package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Finds a page's headline and the outlet a title suffix names. */
public final class Titles {

  /** Outlet names are short: "BBC", "The Continental Post", "South China Morning Post". */
  static final int MAX_OUTLET_WORDS = 5;

  /** Headlines longer than this are paragraphs marked up as headings. */
  static final int MAX_TITLE_CHARS = 300;

  private static final Pattern SUFFIX = Pattern.compile("^(.{12,}?)\\s+[-|–—:•·»]\\s+([^-|–—•·»]{2,60})$");
  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
  private static final Pattern OUTLET = Pattern.compile(
      "^(?:[\\p{Lu}0-9][\\p{L}0-9&'.]*|of|the|and|de|la|du|des|der|die|das|el|del|di)"
          + "(?:\\s+(?:[\\p{Lu}0-9][\\p{L}0-9&'.]*|of|the|and|de|la|du|des|der|die|das|el|del|di))*$");

  /**
   * Fewer words in an h1 that matches no title and it reads as a section label ("News", "Partner"),
   * not a headline; two words already make one ("Sustainable living", a product's name).
   */
  static final int MIN_HEADLINE_WORDS = 2;

  private Titles() {}

  /** The headline, or null when the page has none, from the headings in the page index. */
  public static Found<String> find(Document page, PageIndex index, MetaTags meta, JsonNode ld, String outlet) {
    List<Element> headings = index.headings;
    String og = meta.value("og:title", "twitter:title");
    String pageTitle = page.title().strip();
    String headline = JsonLd.text(ld, "headline");
    Found<String> declared = declaredHeading(headings, headline);
    if (declared != null) {
      return declared;
    }
    String outletKey = outlet == null ? null : fold(outlet);
    List<String> references = new ArrayList<>();
    String named = meta.value("citation_title", "dc.title");
    for (String r : new String[] {og, headline, named, pageTitle}) {
      String f = r == null ? "" : fold(strip(r, outlet));
      if (!f.isEmpty() && !f.equals(outletKey)) {
        references.add(f);
      }
    }
    Element firstHeading = null;
    for (Element h : headings) {
      String t = h.text().strip();
      if (t.length() < 3 || t.length() > MAX_TITLE_CHARS || SiteChrome.holds(h)) {
        continue;
      }
      String f = fold(t);
      if (f.equals(outletKey)) {
        continue;
      }
      String line = Kickers.headline(h);
      // The site's name in an h1 logo is contained in every title too: require most of the title.
      if (sharesMost(references, f) || !line.equals(t) && sharesMost(references, fold(line))
          || h.normalName().equals("h1") && leadsOne(references, f)) {
        return new Found<>(line.equals(t) ? Kickers.markedElsewhere(headings, t) : line, h.normalName(), 0.9);
      }
      // A heading that sets its date or categories after the headline, in elements of their own.
      String own = h.ownText().strip();
      if (own.length() >= 3 && own.length() < t.length() && sharesMost(references, fold(own))) {
        return new Found<>(own, h.normalName(), 0.85);
      }
      // A heading that adds a kicker or section label to the title: the title is the part it shares.
      for (Element part : h.children()) {
        String pf = fold(part.text());
        if (pf.length() >= 3 && pf.length() < f.length() && sharesMost(references, pf)) {
          return new Found<>(part.text().strip(), h.normalName(), 0.85);
        }
      }
      if (firstHeading == null && h.normalName().equals("h1")) {
        firstHeading = h;
      }
    }
    // A one-word h1 that matches no title is as often a section label as the headline.
    if (firstHeading != null && (og == null || firstHeading.text().strip().split("\\s+").length >= MIN_HEADLINE_WORDS)) {
      return new Found<>(Kickers.headline(firstHeading), "h1", 0.7);
    }
    if (og != null) {
      return new Found<>(strip(og, outlet), "meta:og:title", 0.8);
    }
    if (headline != null && headline.length() <= MAX_TITLE_CHARS) {
      return new Found<>(headline, "json-ld", 0.8);
    }
    if (!pageTitle.isEmpty()) {
      return new Found<>(strip(pageTitle, outlet), "title", 0.6);
    }
    // Without any title to compare with, a one-word heading is a category label ("General"), not a headline.
    for (Element h : headings) {
      String t = h.text().strip();
      if (t.contains(" ") && t.length() <= MAX_TITLE_CHARS && !SiteChrome.holds(h)) {
        return new Found<>(Kickers.headline(h), h.normalName(), 0.4);
      }
    }
    Element first = headings.isEmpty() ? null : headings.get(0);
    return first == null || first.text().isBlank() ? null : new Found<>(first.text().strip(), first.normalName(), 0.3);
  }

  /**
   * The heading that sets the page's structured-data headline, or null when none does. Sites that
   * write a second headline for social media (og:title) or search (the title tag) set their own in
   * the structured data, and a heading with its very words is the story's, wherever it sits.
   */
  private static Found<String> declaredHeading(List<Element> headings, String headline) {
    if (headline == null || headline.length() > MAX_TITLE_CHARS) {
      return null;
    }
    String want = fold(Parser.unescapeEntities(headline, false));
    if (want.isEmpty()) {
      return null;
    }
    for (Element h : headings) {
      // A kicker the heading marks up is no part of the headline, though the structured data joins them.
      if (fold(h.text()).equals(want)) {
        return new Found<>(Kickers.headline(h), h.normalName(), 0.9);
      }
    }
    return null;
  }

  /** True when the heading is the first part of one of the titles, before a subtitle. */
  private static boolean leadsOne(List<String> references, String heading) {
    for (String r : references) {
      if (TitleParts.isFirstPart(r, heading)) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the titles contains the heading and the heading makes up most of it or a later part of it. */
  private static boolean sharesMost(List<String> references, String heading) {
    for (String r : references) {
      if (r.contains(heading) && (heading.length() * 2 >= r.length() || TitleParts.isLaterPart(r, heading))) {
        return true;
      }
    }
    return false;
  }

  /** The title without an outlet named before or after it. */
  static String strip(String title, String outlet) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (outlet != null && !outlet.isBlank()) {
      String cut = TitleParts.withoutOutlet(t, fold(outlet));
      if (cut != null) {
        return cut;
      }
    }
    String[] split = split(t);
    return split[0];
  }

  /** The headline and the outlet its suffix names; the outlet is null when there is no suffix. */
  public static String[] split(String raw) {
    String title = raw.strip();
    Matcher m = SUFFIX.matcher(title);
    if (m.matches()) {
      String outlet = m.group(2).strip();
      if (outlet.split("\\s+").length <= MAX_OUTLET_WORDS && OUTLET.matcher(outlet).matches()) {
        return new String[] {m.group(1).strip(), outlet};
      }
    }
    return new String[] {title, null};
  }

  static String fold(String s) {
    // Pages set the same headline with a hyphen in one place and an en dash in another.
    return DASHES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("-")
        .replaceAll("\\s+", " ").strip();
  }
}
