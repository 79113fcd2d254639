package dev.storyline.extract.html;

import dev.storyline.extract.meta.DateText;
import java.time.LocalDate;
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
      "text size", "highlights", "материалы по теме", "теги", "читайте также", "tell us what you think",
      "have your say", "give us feedback", "sign up for our", "author", "publish date", "published", "date", "updated", "posted", "autor", "datum", "veröffentlicht",
      "like loading", "sharing is caring", "share this post", "share this page", "follow us on", "key points",
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

  /** Lines that begin like comment-form notices, cookie banners or legal footers (try with lookingAt). */
  private static final Pattern NOTICE = Pattern.compile(
      "^(your email address will not be published|required fields are marked|copyright\\b|©|\\(c\\) \\d{4}"
          + "|all rights reserved|cancel reply|save my name, email|sign up for our newsletter"
          + "|subscribe to our newsletter|we use cookies|this site uses cookies|this website uses cookies"
          + "|by continuing to use|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht"
          + "|diese website verwendet cookies|wir verwenden cookies|alle rechte vorbehalten"
          + "|votre adresse (e-mail|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada"
          + "|todos los derechos reservados|tous droits réservés|get breaking news|breaking news emails"
          + "|let our news meet your inbox|sign up for (?:our|the) |get the latest updates right in your inbox"
          + "|subscribe to (?:the|our) .{0,40}newsletter|.{0,60}delivered to your inbox|you have been successfully subscribed"
          + "|there was a problem subscribing|we've detected you are on internet explorer"
          + "|this copy is for your personal, non-commercial use|join our .{0,30}forums?"
          + "|get .{0,40} delivered (?:through|to) your (?:letterbox|door))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Photo credits, reading times and bare addresses: short lines that are labels, not prose. */
  private static final Pattern LABEL = Pattern.compile(
      "(?:getty images|ap photo|/ap\\b|\\breuters\\b|/afp\\b|\\bafp/|\\bepa\\b|shutterstock|istock|imago|dpa\\b"
          + "|^(?:photo|foto|bild|image|picture|credit|quelle|source|fuente|crédit)s?\\s*:"
          + "|^\\W*\\d+\\s*(?:min|mins|minute|minutes|minuten|minuto|minutos)\\.?\\s+(?:read|lesen|leitura|lectura|lecture|de lecture)"
          + "|^(?:reading time|lesezeit|tempo de leitura|tiempo de lectura|temps de lecture)\\b"
          + "|^(?:https?://|www\\.)\\S+(?:\\s+\\d+)*$"
          + "|^follow (?:us|@?\\p{Lu}\\S*|@\\S+) on\\b|^like this (?:story|article|post)\\?"
          + "|^(?:tags?|schlagwörter|schlagworte|etiquetas|mots-clés|filed under|categories|kategorien?)\\s*:"
          + "|contributed to this (?:report|story|article)\\.?$|^write to .{2,60} at \\S+@\\S+$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Longest line read as a label such as a photo credit; longer lines are captions or prose. */
  static final int MAX_LABEL_CHARS = 100;

  private static final Pattern BARE_ADDRESS = Pattern.compile("^(?:https?://|www\\.)\\S+(?:\\s+\\d+)*$");

  /** Words that make a line with a date in it a publication stamp. */
  private static final Pattern STAMP_WORDS = Pattern.compile(
      "\\b(?:updated|published|posted|first published|last updated|source|publicado|actualizado|publié|mis à jour"
          + "|veröffentlicht|aktualisiert|erstellt|aggiornato|pubblicato|текст|опубликовано)\\b|\\|",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Longest line read as a publication stamp ("Updated: 19 November 2019, 09:01 AM | Source: ..."). */
  static final int MAX_STAMP_CHARS = 140;

  /** True for a line that states when (and by whom) the page was published, not a sentence of the story. */
  public static boolean isStampLine(String line) {
    String t = line.strip();
    if (t.length() > MAX_STAMP_CHARS || t.chars().noneMatch(Character::isDigit) || !STAMP_WORDS.matcher(t).find()) {
      return false;
    }
    if (t.endsWith(".") && t.indexOf('|') < 0 && t.indexOf(':') < 0) {
      return false; // a sentence that mentions publishing, not a stamp
    }
    return DateText.find(t, LocalDate.now()) != null;
  }

  /** True for a photo credit, a reading time or a bare address. */
  public static boolean isLabel(String line) {
    String t = line.strip();
    if (BARE_ADDRESS.matcher(t).matches()) {
      return true;
    }
    if (t.length() > MAX_LABEL_CHARS) {
      return false;
    }
    boolean sentence = t.endsWith(".") && t.indexOf(' ') > 0 && Tokens.split(t, Tokens.WHITESPACE).size() > 8;
    return !sentence && LABEL.matcher(t).find();
  }

  /** A byline line: "By A and B", "Von A", "Par A", "Por A". */
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:written\\s+)?(?:by|von|par|por|di|door)[:\\s]+\\p{Lu}[^.!?]{1,100}$", Pattern.CASE_INSENSITIVE);

  /** Longest line that can be furniture or a byline; longer lines are prose. */
  static final int MAX_FURNITURE_CHARS = 120;

  private Lines() {}

  /** True for a whole line of navigation, sharing or legal furniture. */
  public static boolean isFurniture(String line) {
    if (line.length() > MAX_FURNITURE_CHARS) {
      return NOTICE.matcher(line.strip()).lookingAt();
    }
    return FURNITURE.contains(key(line)) || NOTICE.matcher(line.strip()).lookingAt();
  }

  /** Openings of headings over lists of other articles, in the languages of our sources. */
  private static final Pattern END_OPENING = Pattern.compile(
      "^(related|read more|read next|more from|more on|more in|see also|you might also|you may also|recommended for you"
          + "|our latest|latest stories|latest news|top stories|more stories|most popular|editor's picks|trending now"
          + "|lesen sie auch|lesen sie mehr|mehr zum thema|mehr aus|weitere artikel|weitere beiträge|ähnliche"
          + "|das könnte|schon gelesen|auch interessant|verwandte|meistgelesen|meist gelesen|zum weiterlesen"
          + "|à lire aussi|lire aussi|sur le même sujet|articles similaires|vous aimerez aussi"
          + "|artículos relacionados|noticias relacionadas|te puede interesar|lee también|leer también"
          + "|leggi anche|articoli correlati|potrebbe interessarti|czytaj także|czytaj też|zobacz też|zobacz także"
          + "|leia também|veja também|lees ook|gerelateerde)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Longest heading read as the title of a list of other articles. */
  static final int MAX_END_HEADING_CHARS = 60;

  /** True for a heading after which the article is over. */
  public static boolean isEndMarker(String line) {
    if (line.length() > MAX_FURNITURE_CHARS) {
      return false;
    }
    return END_MARKERS.contains(key(line))
        || line.length() <= MAX_END_HEADING_CHARS && END_OPENING.matcher(line.strip()).lookingAt();
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
        if (!Character.isUpperCase(c)) {
          return false; // lower case, or a script without case such as Chinese
        }
        letters++;
      }
    }
    return letters >= 4;
  }

  /** Longest line read as a date stamp rather than a sentence that mentions a date. */
  static final int MAX_DATE_LINE_CHARS = 40;

  /** Most words without digits a date stamp carries: "Published Monday 3 May", "Updated". */
  static final int MAX_DATE_LINE_WORDS = 4;

  /** True for a line that is only a date or time stamp: "23.10.2018", "Published 3 May 2021, 10:15". */
  public static boolean isDateLine(String line) {
    String t = line.strip();
    if (t.length() > MAX_DATE_LINE_CHARS || t.chars().noneMatch(Character::isDigit)
        || DateText.find(t, LocalDate.now()) == null) {
      return false;
    }
    int words = 0;
    for (String w : t.split("[\\s,|/·•]+")) {
      if (!w.isEmpty() && w.chars().noneMatch(Character::isDigit) && ++words > MAX_DATE_LINE_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** Characters trimmed off the end of a line before it is compared: punctuation, arrows, counts. */
  private static final String TRAILING = ":.!*›»>|()-0123456789";

  /** Characters trimmed off the start: bullets and arrows. */
  private static final String LEADING = "›»>|•·-";

  /** The line folded for comparison: lower case, ends trimmed of bullets and counts, spaces single. */
  private static String key(String line) {
    String t = line.strip().toLowerCase(Locale.ROOT);
    int end = t.length();
    while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || TRAILING.indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    int start = 0;
    while (start < end && (Character.isWhitespace(t.charAt(start)) || LEADING.indexOf(t.charAt(start)) >= 0)) {
      start++;
    }
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
