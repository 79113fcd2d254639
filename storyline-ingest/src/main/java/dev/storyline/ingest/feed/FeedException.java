package dev.storyline.ingest.feed;

/** A feed, sitemap or subscription list that cannot be read; the message is one line "origin: problem". */
public final class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Longest problem text kept; parser messages may quote long stretches of the input. */
  static final int MAX_PROBLEM_CHARS = 300;

  private final String problem;

  public FeedException(String origin, String problem) {
    super(origin + ": " + oneLine(problem));
    this.problem = oneLine(problem);
  }

  /** What is wrong, without the origin. */
  public String problem() {
    return problem;
  }

  private static String oneLine(String problem) {
    String p = String.valueOf(problem).replaceAll("\\s+", " ").trim();
    return p.length() <= MAX_PROBLEM_CHARS ? p : p.substring(0, MAX_PROBLEM_CHARS) + "...";
  }
}
