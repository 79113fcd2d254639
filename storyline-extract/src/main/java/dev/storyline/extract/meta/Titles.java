package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds a page's headline and the outlet a title suffix names. */
public final class Titles {

  /** Outlet names are short: "BBC", "The Continental Post", "South China Morning Post". */
  static final int MAX_OUTLET_WORDS = 5;

  /** Headlines longer than this are paragraphs marked up as headings. */
  static final int MAX_TITLE_CHARS = 300;

  private static final Pattern SUFFIX = Pattern.compile("^(.{12,}?)\\s+[-|–—:•·»]\\s+([^-|–—•·»]{2,60})$");
  private static final Pattern PREFIX = Pattern.compile("^([^-|–—:•·»]{2,60}?)(?:\\s+[-|–—•·»]|\\s*:)\\s+(.{12,})$");
  private static final Pattern OUTLET = Pattern.compile(
      "^(?:[\\p{Lu}0-9][\\p{L}0-9&'.]*|of|the|and|de|la|du|des|der|die|das|el|del|di)"
          + "(?:\\s+(?:[\\p{Lu}0-9][\\p{L}0-9&'.]*|of|the|and|de|la|du|des|der|die|das|el|del|di))*$");

  /** Fewer words in an h1 that matches no title and it reads as a section label, not a headline. */
  static final int MIN_HEADLINE_WORDS = 4;

  private Titles() {}

  /** The headline, or null when the page has none, from the headings in the page index. */
  public static Found<String> find(Document page, PageIndex index, MetaTags meta, JsonNode ld, String outlet) {
    List<Element> headings = index.headings;
    String og = meta.value("og:title", "twitter:title");
    String pageTitle = page.title().strip();
    String headline = JsonLd.text(ld, "headline");
    String reference = og != null ? og : headline != null ? headline : pageTitle;
    String stripped = fold(strip(reference, outlet));
    Element firstHeading = null;
    for (Element h : headings) {
      String t = h.text().strip();
      if (t.length() < 3 || t.length() > MAX_TITLE_CHARS || isLogo(h)) {
        continue;
      }
      String f = fold(t);
      if (outlet != null && fold(outlet).equals(f)) {
        continue;
      }
      // The site's name in an h1 logo is contained in every title too: require most of the title.
      if (!stripped.isEmpty() && stripped.contains(f) && f.length() * 2 >= stripped.length()) {
        return new Found<>(t, h.normalName(), 0.9);
      }
      // A heading that adds a kicker or section label to the title: the title is the part it shares.
      for (Element part : h.children()) {
        String pf = fold(part.text());
        if (pf.length() >= 3 && pf.length() < f.length() && !stripped.isEmpty() && stripped.contains(pf)
            && pf.length() * 2 >= stripped.length()) {
          return new Found<>(part.text().strip(), h.normalName(), 0.85);
        }
      }
      if (firstHeading == null && h.normalName().equals("h1")) {
        firstHeading = h;
      }
    }
    // An h1 that matches no title is as often a section label ("News", "Partner") as the headline.
    if (firstHeading != null && (og == null || firstHeading.text().strip().split("\\s+").length >= MIN_HEADLINE_WORDS)) {
      return new Found<>(firstHeading.text().strip(), "h1", 0.7);
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
    Element h1 = headings.isEmpty() ? null : headings.get(0);
    return h1 == null || h1.text().isBlank() ? null : new Found<>(h1.text().strip(), "h1", 0.4);
  }

  /** True for a heading that holds the site's logo or name rather than a headline. */
  private static boolean isLogo(Element h) {
    for (Element e = h; e != null && !e.normalName().equals("body"); e = e.parent()) {
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (marks.contains("logo") || marks.contains("site-title") || marks.contains("site-name") || marks.contains("brand")
          || marks.contains("masthead") || e.normalName().equals("nav") || marks.contains("widget")
          || marks.contains("sidebar") || e.normalName().equals("header") && e.parent() != null
              && e.parent().normalName().equals("body")) {
        return true;
      }
    }
    return h.selectFirst("img") != null && h.text().length() < 40;
  }

  /** The title without an outlet named before or after it. */
  static String strip(String title, String outlet) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (outlet != null && !outlet.isBlank()) {
      String o = fold(outlet);
      Matcher s = SUFFIX.matcher(t);
      if (s.matches() && (fold(s.group(2)).contains(o) || o.contains(fold(s.group(2))))) {
        return s.group(1).strip();
      }
      Matcher p = PREFIX.matcher(t);
      if (p.matches() && (fold(p.group(1)).contains(o) || o.contains(fold(p.group(1))))) {
        return p.group(2).strip();
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
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
