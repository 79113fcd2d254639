package dev.storyline.ingest.url;

import java.util.ArrayList;
import java.util.List;

/** Paths with "." and ".." resolved, as RFC 3986 section 5.2.4 does. */
final class DotSegments {

  private DotSegments() {}

  /**
   * The absolute path with every "." segment removed and every ".." removing the segment before it;
   * ".." at the root stays at the root. A path ending in a dot segment keeps its trailing slash.
   */
  static String remove(String path) {
    String[] segments = path.substring(1).split("/", -1);
    List<String> out = new ArrayList<>(segments.length);
    for (int k = 0; k < segments.length; k++) {
      String segment = segments[k];
      boolean last = k == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add("");
        }
      } else {
        out.add(segment);
      }
    }
    return "/" + String.join("/", out);
  }
}
