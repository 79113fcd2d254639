package dev.storyline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises lines of site furniture: navigation, sharing, comment forms, legal notices. */
final class Furniture {

  /** Whole lines that are navigation or widgets, never article text. */
  private static final Set<String> LINES = Set.of(
      "search", "menu", "home", "skip to content", "skip to main content", "share", "share this",
      "share this article", "share this story", "subscribe", "sign in", "log in", "login", "sign up",
      "advertisement", "advert", "sponsored", "read more", "print", "email", "facebook", "twitter", "x",
      "linkedin", "whatsapp", "copy link", "close", "next", "previous", "back to top", "newsletter",
      "most read", "trending", "listen", "watch", "follow us");

  /** Lines after which only comments, related links and footers follow. */
  private static final Set<String> END_MARKERS = Set.of(
      "leave a reply", "leave a comment", "post a comment", "comments", "related", "related stories",
      "related articles", "more stories", "you may also like", "recommended", "more from", "read next");

  /** Lines that begin like comment-form notices or legal footers. */
  private static final Pattern NOTICE = Pattern.compile(
      "^(your email address will not be published|required fields are marked|copyright\\b|©|all rights reserved"
          + "|cancel reply|save my name, email|sign up for our newsletter|subscribe to our newsletter"
          + "|we use cookies|this site uses cookies)",
      Pattern.CASE_INSENSITIVE);

  private Furniture() {}

  static boolean isFurniture(String line) {
    String key = key(line);
    return LINES.contains(key) || NOTICE.matcher(line.strip()).find();
  }

  static boolean isEndMarker(String line) {
    return END_MARKERS.contains(key(line));
  }

  private static String key(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.!*›»>|-]+$", "").replaceAll("\\s+", " ");
  }
}
