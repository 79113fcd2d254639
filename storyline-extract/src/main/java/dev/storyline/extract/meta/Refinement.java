package dev.storyline.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When the visible byline says more than the structured data: all the authors where the data
 * names the first one only, the full name where the data holds a user name ("christian.roe").
 */
final class Refinement {

  private Refinement() {}

  /** True when the byline's names should replace the structured ones. */
  static boolean refines(List<String> byline, List<String> structured) {
    List<String> shown = keys(byline);
    List<String> data = keys(structured);
    if (shown.size() > data.size() && shown.containsAll(data)) {
      return true;
    }
    if (shown.size() != data.size() || byline.equals(structured)) {
      return false;
    }
    for (int i = 0; i < structured.size(); i++) {
      if (!userNameOf(structured.get(i), byline.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a one-word credit is a user name or first name of the fuller name shown:
   * "christian.roe", "christianroe" and "Christian" for "Christian P. Roe".
   */
  private static boolean userNameOf(String user, String name) {
    if (user.contains(" ") || !Names.looksLikeName(name)) {
      return false;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("[\\s.]+");
    String u = user.toLowerCase(Locale.ROOT);
    if (Names.key(u).equals(Names.key(name)) || u.equals(words[0])) {
      return true;
    }
    String[] parts = u.split("[._-]+");
    return parts.length > 1 && List.of(words).containsAll(List.of(parts));
  }

  private static List<String> keys(List<String> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add(Names.key(n)));
    return out;
  }
}
