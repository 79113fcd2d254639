package dev.storyline.extract.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The name a blog shows on a comment that its post's own author wrote: blog software marks such a
 * comment ({@code class="comment bypostauthor"}) and sets the commenter's name in an hCard name
 * ({@code <cite class="fn">}, else its {@code comment-author} box), which is the name the author
 * publishes under. A page that credits no one elsewhere is still credited by its author's replies
 * to readers.
 */
final class PostAuthorComment {

  /** The class blog software gives a comment by the post's author. */
  private static final String MARK = "bypostauthor";

  /** The verb some themes set inside the name element after the name: "Ana sagt:", "Ana says:". */
  private static final Pattern SAYS = Pattern.compile(
      "\\s+(?:says|said|sagt|schreibt|dit|dice|zegt)\\s*:?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PostAuthorComment() {}

  /** True for the lower-cased class attribute of a comment by the post's author. */
  static boolean marks(String cls) {
    return cls.contains(MARK);
  }

  /** The name on the comment, or null when it has no name element holding a name's length of text. */
  static String name(Element comment) {
    if (comment == null) {
      return null;
    }
    // themes that drop the hCard keep the box blog software names the commenter in
    Element fn = comment.selectFirst(".fn");
    if (fn == null) {
      fn = comment.selectFirst(".comment-author");
    }
    if (fn == null) {
      return null;
    }
    String name = SAYS.matcher(fn.text().strip()).replaceFirst("");
    // a longer hCard "name" is a comment's text marked up as a name
    return name.isEmpty() || name.length() > Names.MAX_NAME_CHARS ? null : name;
  }
}
