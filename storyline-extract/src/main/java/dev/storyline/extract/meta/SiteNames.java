package dev.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names a page gives its own site (site name, publisher, application name, Twitter account,
 * host), so that an author credit naming only the site can be told from one naming a person.
 */
final class SiteNames {

  /**
   * Shortest site key that a credit may contain rather than equal ("IT Magazin /PP"): shorter keys
   * ("ap", "hr", "ndr") occur inside ordinary names.
   */
  static final int MIN_CONTAINED_KEY = 5;

  /** Word parts that name publications and organisations, never people. */
  private static final Pattern OUTLET_WORDS = Pattern.compile(
      "magazin|zeitung|news|blatt|press|post\\b|times|journal|radio|tv\\b|media|verlag|online|portal|blog|^bund\\b|"
          + "stiftung|verein|verband|foundation|gmbh|\\bag\\b|\\binc\\b|\\bltd\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<String> keys = new ArrayList<>();

  private SiteNames() {}

  /** The site names declared by a page's meta tags, JSON-LD and address. */
  static SiteNames of(PageIndex index, MetaTags meta, JsonNode ld) {
    SiteNames s = new SiteNames();
    for (String k : new String[] {"og:site_name", "application-name", "publisher", "copyright"}) {
      meta.all(k).forEach(s::add);
    }
    if (ld != null) {
      JsonLd.texts(ld.get("publisher")).forEach(s::add);
    }
    String url = index.canonical() == null ? meta.value("og:url") : index.canonical().attr("href");
    if (url == null && !index.metas.isEmpty()) {
      url = index.metas.get(0).baseUri(); // the address the page was fetched from
    }
    String host = Outlets.host(url);
    if (host != null) {
      s.add(host);
      int dot = host.lastIndexOf('.');
      if (dot > 0) {
        String domain = host.substring(0, dot);
        s.add(domain.substring(domain.lastIndexOf('.') + 1));
      }
    }
    return s;
  }

  private void add(String name) {
    String k = Names.key(name);
    if (!k.isEmpty() && !keys.contains(k)) {
      keys.add(k);
    }
  }

  /**
   * True when a credited name is the site's own name rather than a person's. A personal site named
   * after its author ("Helge Roe") still credits a person, unless its name holds an outlet word.
   */
  boolean isSite(String name) {
    String k = Names.key(name);
    if (k.isEmpty() || Names.looksLikeName(name) && !OUTLET_WORDS.matcher(name).find()) {
      return false;
    }
    for (String site : keys) {
      // Only the credit may be the longer one: a blog titled after its author ("Creeny's Blog")
      // still credits the person.
      if (k.equals(site) || site.length() >= MIN_CONTAINED_KEY && k.contains(site)) {
        return true;
      }
    }
    return false;
  }
}
