package dev.storyline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an outlet named as a headline suffix ("... - BBC", "... | Meridian Wire") off the headline. */
final class Headlines {

  /** Outlet names are short: "BBC", "The Continental Post", "South China Morning Post". */
  static final int MAX_OUTLET_WORDS = 5;

  private static final Pattern SUFFIX = Pattern.compile("^(.{12,}?)\\s+[-|–—:]\\s+([^-|–—]{2,60})$");
  private static final Pattern OUTLET = Pattern.compile("^(?:[A-Z0-9][\\p{L}0-9&'.]*|of|the|and|de|la)(?:\\s+(?:[A-Z0-9][\\p{L}0-9&'.]*|of|the|and|de|la))*$");

  private Headlines() {}

  /** The headline and the outlet its suffix names; the outlet is null when there is no suffix. */
  static String[] split(String raw) {
    String title = raw.strip();
    Matcher m = SUFFIX.matcher(title);
    if (m.matches()) {
      String outlet = m.group(2).strip();
      if (outlet.split("\\s+").length <= MAX_OUTLET_WORDS && OUTLET.matcher(outlet).matches()) {
        return new String[] {m.group(1).strip(), outlet};
      }
    }
    return new String[] {title, null};
  }
}
