package dev.storyline.ingest.net;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

class RobotsFuzzTest {

  /**
   * Any robots.txt, served with any status, gives rules that answer for any path: nothing may escape.
   * The crawl delay must never be negative once capped, as the fetcher trusts it for sleeping.
   */
  @FuzzTest(maxDuration = "60s")
  void answersForAnyFile(FuzzedDataProvider data) {
    int status = data.pickValue(new int[] {200, 200, 200, 404, 500, -1});
    String path = "/" + data.consumeString(200);
    byte[] body = data.consumeRemainingAsBytes();
    Robots robots = new Robots(url -> status == 200 ? new Robots.Outcome(body, 200) : new Robots.Outcome(null, status));
    Robots.Rules rules = robots.rules(URI.create("http://example.org/"));
    rules.rules().isAllowed("http://example.org" + path.replaceAll("[\\s#%]", ""));
    if (Fetcher.delay(rules, FetchSettings.defaults()).isNegative()) {
      throw new AssertionError("negative delay from " + rules.rules().getCrawlDelay());
    }
  }
}
