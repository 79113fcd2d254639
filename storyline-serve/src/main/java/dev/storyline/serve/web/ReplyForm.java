package dev.storyline.serve.web;

import java.util.regex.Pattern;

/**
 * A reply as submitted, before it is accepted.
 *
 * @param name the reader's name
 * @param email the reader's email address
 * @param comment the reply text
 */
public record ReplyForm(String name, String email, String comment) {

  /** Limits on each field; a name or address longer than these is not one (RFC 5321 caps an address at 254). */
  public static final int MAX_NAME = 100;
  public static final int MAX_EMAIL = 254;
  /** Replies are comments, not essays: 5,000 characters is about 800 words. */
  public static final int MAX_COMMENT = 5000;

  private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}$");

  public static final ReplyForm EMPTY = new ReplyForm("", "", "");

  public ReplyForm {
    name = name == null ? "" : name.strip();
    email = email == null ? "" : email.strip();
    comment = comment == null ? "" : comment.strip();
  }

  /** Why the reply is refused, or null when it is acceptable. */
  public String problem() {
    if (name.isEmpty()) {
      return "Name is required.";
    }
    if (name.length() > MAX_NAME) {
      return "Name must be at most " + MAX_NAME + " characters.";
    }
    if (email.isEmpty()) {
      return "Email is required.";
    }
    if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      return "Email must be a valid address such as name@example.org.";
    }
    if (comment.isEmpty()) {
      return "Comment is required.";
    }
    if (comment.length() > MAX_COMMENT) {
      return "Comment must be at most " + MAX_COMMENT + " characters.";
    }
    return null;
  }
}
