package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.extract.Overrides;
import dev.storyline.model.Story;
import dev.storyline.serve.web.WebServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI and API against a server the test starts on 127.0.0.1. */
class WebServerTest {

  @TempDir static Path data;

  private static Pipeline pipeline;
  private static WebServer web;
  private static String base;
  private static Story summit;
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    pipeline = new Pipeline(data);
    pipeline.ingest(List.of(CorpusEndToEndTest.CORPUS.resolve("01-takaichi-lee-tokyo-summit.html"),
        CorpusEndToEndTest.CORPUS.resolve("02-japan-korea-chips-minerals-pledge.txt")), Overrides.NONE, (d, t, l) -> {});
    summit = pipeline.store().stories().get(0);
    web = new WebServer(pipeline);
    base = "http://127.0.0.1:" + web.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void storyPageShowsEveryOutletsTitle() throws Exception {
    HttpResponse<String> r = get("/stories/" + summit.id());
    assertThat(r.statusCode()).isEqualTo(200);
    for (String id : summit.articleIds()) {
      String title = pipeline.store().article(id).orElseThrow().article().title();
      assertThat(r.body()).contains(escapeHtml(title));
    }
    assertThat(r.body()).contains("<form method=\"post\"");
    assertThat(get("/").body()).contains(summit.id());
  }

  @Test
  void showsRepliesEscapedAndNeverTheEmail() throws Exception {
    HttpResponse<String> posted = post("/stories/" + summit.id() + "/replies",
        "name=Mina&email=mina%40example.org&comment=" + enc("Nice <script>alert('x')</script> piece"));
    assertThat(posted.statusCode()).isEqualTo(303);
    String page = get("/stories/" + summit.id()).body();
    assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").doesNotContain("mina@example.org");
  }

  @Test
  void refusesAReplyWithoutAValidEmailSayingWhy() throws Exception {
    int before = pipeline.store().replies(summit.id()).size();
    HttpResponse<String> r = post("/stories/" + summit.id() + "/replies", "name=Mina&email=not-an-address&comment=Hello");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Email must be a valid address");
    HttpResponse<String> missing = post("/stories/" + summit.id() + "/replies", "name=Mina&comment=Hello");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("Email is required");
    assertThat(pipeline.store().replies(summit.id())).hasSize(before);
  }

  @Test
  void servesSearchAndJson() throws Exception {
    assertThat(get("/search?q=" + enc("Takaichi")).body()).contains("/stories/" + summit.id());
    HttpResponse<String> api = get("/api/stories/" + summit.id());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(Views.JSON.readTree(api.body()).get("articles").size()).isEqualTo(summit.articleIds().size());
    assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/events?pair=JPN").statusCode()).isEqualTo(400);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String form) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Escaped as jte escapes text content (quotes are escaped only inside attributes). */
  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
