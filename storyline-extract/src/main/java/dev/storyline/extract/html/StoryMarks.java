package dev.storyline.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/** Recognises the elements that mark the story itself: its headline, main region and marked body. */
final class StoryMarks {

  private StoryMarks() {}

  /**
   * Class names of the story's own container. Its ancestors are never furniture, whatever their
   * class says: layout wrappers are named "has-sidebar", "header-style-2" or "widget Blog".
   */
  private static final Set<String> STORY_CLASSES = Set.of(
      "entry-content", "post-body", "post-content", "article-body", "article__body", "articlebody", "article-content",
      "story-body", "story-content", "storycontent", "td-post-content", "content-body", "body-text", "article-text",
      "post-entry", "entry-body", "news-body", "text-body");

  /**
   * A test for the story's own container (its headline, main region or marked body), remembering
   * the verdict on each class string, for one page at a time.
   */
  static Predicate<Element> storyTest() {
    Map<String, Boolean> byClass = new HashMap<>();
    return e -> {
      String tag = e.normalName();
      if (tag.equals("h1")) {
        return !inFurnitureTag(e); // related stories and sidebars set their own titles in h1 too
      }
      if (tag.equals("main") || e.attr("itemprop").equals("articleBody")) {
        return true;
      }
      String cls = e.className();
      return !cls.isEmpty() && byClass.computeIfAbsent(cls, StoryMarks::namesStory);
    };
  }

  /**
   * Levels searched above a headline for an aside, nav or footer around it: the boxes that hold
   * teasers nest their titles a few levels deep, and the bound keeps deep hostile markup cheap.
   */
  static final int HEADLINE_BOX_LEVELS = 10;

  private static boolean inFurnitureTag(Element headline) {
    Element e = headline.parent();
    for (int i = 0; i < HEADLINE_BOX_LEVELS && e != null; i++, e = e.parent()) {
      if (Boilerplate.FURNITURE_TAGS.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** True for an element that marks itself as the article: its tag, its microdata or a story class. */
  static boolean isArticle(Element e) {
    return e.normalName().equals("article") || e.attr("itemprop").equals("articleBody") || namesStory(e.className());
  }

  private static boolean namesStory(String cls) {
    for (String c : Tokens.split(cls.toLowerCase(Locale.ROOT), Tokens.WHITESPACE)) {
      if (STORY_CLASSES.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
