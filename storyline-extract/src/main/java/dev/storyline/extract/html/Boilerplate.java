package dev.storyline.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Recognises page furniture by its markup: tag, role, class and id. */
final class Boilerplate {

  /** Elements that never hold article text. */
  static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "noscript", "figcaption", "template", "svg", "canvas", "iframe", "object", "embed", "video",
      "audio", "map", "select", "textarea", "input", "button", "link", "meta", "head", "dialog", "math");

  /** Sectioning elements that hold navigation, headers and asides, not the story. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");

  /** ARIA roles of page regions that are not the story. */
  static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar",
      "toolbar", "alert", "alertdialog", "tablist");

  /**
   * Class and id words of furniture, matched as whole words of the attribute ("comment-list" has the
   * word "comment"). Collected from the markup of news and blog templates: WordPress, Drupal,
   * Arc, Brightspot, Medium, Blogger and the share, ad and comment widgets they embed.
   */
  private static final Pattern WORDS = Pattern.compile(
      "(?:^|[\\s_-])(?:comments?|commentlist|kommentare?|disqus|respond|replies|share|sharing|shares|sharebar"
          + "|social|socials|sociallinks|related|relatedposts|recommended|recommendations|newsletter|subscribe|subscription"
          + "|cookie|cookies|consent|gdpr|breadcrumbs?|sidebar|footer|masthead|navbar|nav|navigation|menu"
          + "|pagination|pager|promo|promotion|sponsored?|outbrain|taboola"
          + "|popup|modal|overlay|login|signup|signin|taglist|tag-list|tagcloud|author-bio|authorbio"
          + "|byline|toolbar|skiplink|sr-only|visually-hidden|screen-reader-text"
          + "|most-read|mostread|trending|read-more|readmore|more-stories|next-post|prev-post|post-navigation"
          + "|donate|donation|related-links|linkbox|postmeta|post-meta|entry-meta|article-meta|dateline|timestamp"
          + "|credits?|caption|captions|wp-caption-text|image-caption|photo-caption|copyright|topbar)"
          + "(?=$|[\\s_-])");

  /**
   * Furniture words too short or too common to trust inside a compound class: they count only at the
   * head of a class name ("ad-slot", "meta"), never as a modifier ("Section--Ads", "has-header").
   */
  private static final Pattern HEAD_WORDS = Pattern.compile(
      "(?:^|\\s)(?:ad|ads|adslot|adunit|advert|advertisement|anzeige|banner|header|meta|bio|tags|skip|follow"
          + "|jump|popular|legal|rating|reply)(?=$|[\\s_-])");

  /** Words that mark the element holding the story, which must survive a furniture word in its class. */
  private static final Pattern CONTENT = Pattern.compile(
      "(?:^|[\\s_-])(?:article|articlebody|article-body|story|story-body|entry-content|post-content|post-body"
          + "|content|main|body|text|prose|blog-post|hentry)(?=$|[\\s_-])");

  /**
   * Markup of the story's own container. Its ancestors are never furniture, whatever their class
   * says: layout wrappers are named "has-sidebar", "header-style-2" or "widget Blog".
   */
  static final String STORY_CSS = "h1, main, [itemprop=articleBody], [class~=(?i)(^|\\s)(entry-content|post-body|post-content"
      + "|article-body|article__body|articlebody|article-content|story-body|story-content|storycontent|td-post-content"
      + "|content-body|body-text|article-text|post-entry|entry-body|news-body|text-body)(\\s|$)]";

  /** Furniture words distinctive enough to trust anywhere in a class, camelCase included ("imageCaption"). */
  private static final Pattern SUBSTRINGS = Pattern.compile(
      "caption|credit|sidebar|breadcrumb|newsletter|cookie|disqus|outbrain|taboola|sharing|sharebar|socialshare"
          + "|social-share|share-buttons|sharetools|share-tools|comment(?!ary)");

  private Boilerplate() {}

  /** True when the element's tag, role or style says it holds no visible article text. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** True when the element's markup names it as furniture and not also as the story. */
  static boolean isFurniture(Element e) {
    if (FURNITURE_TAGS.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String marks = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return false;
    }
    return (WORDS.matcher(marks).find() || HEAD_WORDS.matcher(marks).find() || SUBSTRINGS.matcher(marks).find())
        && !CONTENT.matcher(marks).find();
  }
}
