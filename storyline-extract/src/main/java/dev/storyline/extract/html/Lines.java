package dev.storyline.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises lines of site furniture by their words: sharing, navigation, comment forms, legal notices. */
public final class Lines {

  /** Whole lines that are navigation or widgets, never article text, in the languages of our sources. */
  private static final Set<String> FURNITURE = Set.of(
      "search", "menu", "home", "skip to content", "skip to main content", "share", "share this",
      "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "subscribe",
      "sign in", "log in", "login", "sign up", "advertisement", "advert", "ad", "sponsored", "read more",
      "print", "email", "e-mail", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit",
      "copy link", "close", "next", "previous", "back to top", "newsletter", "most read", "trending", "listen",
      "watch", "follow us", "like this", "like", "loading", "related", "top", "more", "continue reading",
      "teilen", "drucken", "anzeige", "werbung", "mehr", "weiterlesen", "zurück", "nach oben", "suche",
      "artikel teilen", "teilen sie dies mit", "gefällt mir", "gefällt mir wird geladen", "kommentieren",
      "partager", "imprimer", "publicité", "lire aussi", "lire la suite", "compartir", "imprimir",
      "publicidad", "leer más", "condividi", "stampa", "pubblicità");

  /** Lines after which only comments, related links and footers follow. */
  private static final Set<String> END_MARKERS = Set.of(
      "leave a reply", "leave a comment", "post a comment", "comments", "related", "related stories",
      "related articles", "more stories", "you may also like", "recommended", "more from", "read next",
      "share this", "share this:", "like this", "related posts", "kommentare", "ähnliche beiträge",
      "das könnte dich auch interessieren", "das könnte sie auch interessieren", "mehr zum thema",
      "schreibe einen kommentar", "hinterlasse einen kommentar", "teilen mit", "teilen sie dies mit",
      "commentaires", "laisser un commentaire", "à lire aussi", "comentarios", "deja un comentario",
      "noticias relacionadas", "commenti", "lascia un commento");

  /** Lines that begin like comment-form notices, cookie banners or legal footers. */
  private static final Pattern NOTICE = Pattern.compile(
      "^(your email address will not be published|required fields are marked|copyright\\b|©|\\(c\\) \\d{4}"
          + "|all rights reserved|cancel reply|save my name, email|sign up for our newsletter"
          + "|subscribe to our newsletter|we use cookies|this site uses cookies|this website uses cookies"
          + "|by continuing to use|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht"
          + "|diese website verwendet cookies|wir verwenden cookies|alle rechte vorbehalten"
          + "|votre adresse (e-mail|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada"
          + "|todos los derechos reservados|tous droits réservés)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A byline line: "By A and B", "Von A", "Par A", "Por A". */
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:written\\s+)?(?:by|von|par|por|di|door)[:\\s]+\\p{Lu}[^.!?]{1,100}$", Pattern.CASE_INSENSITIVE);

  /** Longest line that can be furniture or a byline; longer lines are prose. */
  static final int MAX_FURNITURE_CHARS = 120;

  private Lines() {}

  /** True for a whole line of navigation, sharing or legal furniture. */
  public static boolean isFurniture(String line) {
    if (line.length() > MAX_FURNITURE_CHARS * 3) {
      return false;
    }
    return FURNITURE.contains(key(line)) || NOTICE.matcher(line.strip()).find();
  }

  /** True for a heading after which the article is over. */
  public static boolean isEndMarker(String line) {
    return line.length() <= MAX_FURNITURE_CHARS && END_MARKERS.contains(key(line));
  }

  /** True for a byline such as "By Jake Kwon". */
  public static boolean isByline(String line) {
    return line.length() <= MAX_FURNITURE_CHARS && BYLINE.matcher(line.strip()).matches()
        && !line.strip().endsWith(".");
  }

  /** Longest line read as a shouted kicker or banner rather than a sentence. */
  static final int MAX_SHOUTED_CHARS = 80;

  /** True for a short line in capitals: a kicker ("BREAKING NEWS"), a banner, a label. */
  public static boolean isShouted(String line) {
    if (line.length() > MAX_SHOUTED_CHARS) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 4;
  }

  private static String key(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.!*›»>|()\\d-]+$", "")
        .replaceAll("^[\\s›»>|•·-]+", "").replaceAll("\\s+", " ");
  }
}
