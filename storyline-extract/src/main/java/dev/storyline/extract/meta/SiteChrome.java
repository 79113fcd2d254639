package dev.storyline.extract.meta;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Tells the headings of a site's masthead, navigation and asides from those of its content. */
final class SiteChrome {

  /** An image heading with less text than this is a logo with its alt text or a caption. */
  static final int MAX_LOGO_TEXT_CHARS = 40;

  /**
   * Class names of a sidebar or widget box ("sidebar-left", "widget_text", "widget-area"), not of a
   * layout that has one beside its content ("panel-two-col-sidebar-right-mix", "elementor-widget").
   */
  private static final Pattern ASIDE_CLASS = Pattern.compile("(?:^|\\s)(?:(?:[a-z0-9]+[-_])?sidebar|widget)");

  /** Class names that describe the page's layout around the content, not the element they are on. */
  private static final Pattern LAYOUT_CLASS = Pattern.compile("^(?:no|has|with|without)-|layout");

  private SiteChrome() {}

  /** True for a heading that holds the site's logo or name, or sits in a sidebar or widget, rather than a headline. */
  static boolean holds(Element h) {
    // Sidebars and widgets title their boxes with lower headings: an h1 under an aside's class name
    // sits in a wrapper around content and sidebar together ("sidebar-wrapper") or one naming a
    // layout state ("sidebar-off").
    boolean asideMayHold = !h.normalName().equals("h1");
    for (Element e = h; e != null && !e.normalName().equals("body"); e = e.parent()) {
      // The site's logo and asides sit outside the main content: above it, class names describe the
      // content's kind ("journal-branding", "tag-logo-design"), not a masthead.
      if (e != h && (e.normalName().equals("main") || e.normalName().equals("article"))) {
        break;
      }
      String marks = marks(e);
      if (marks.contains("logo") || marks.contains("site-title") || marks.contains("site-name") || marks.contains("brand")
          || marks.contains("masthead") || e.normalName().equals("nav") || asideMayHold && ASIDE_CLASS.matcher(marks).find()
          || e.normalName().equals("header") && e.parent() != null
              && e.parent().normalName().equals("body")) {
        return true;
      }
    }
    return h.selectFirst("img") != null && h.text().length() < MAX_LOGO_TEXT_CHARS;
  }

  /** The element's class names and id, without those that describe the page's layout ("no-sidebar", "layout-right-sidebar"). */
  private static String marks(Element e) {
    StringBuilder marks = new StringBuilder(e.id().toLowerCase(Locale.ROOT));
    for (String c : e.classNames()) {
      String name = c.toLowerCase(Locale.ROOT);
      if (!LAYOUT_CLASS.matcher(name).find()) {
        marks.append(' ').append(name);
      }
    }
    return marks.toString();
  }
}
