package dev.storyline.serve.web;

import dev.storyline.index.Hit;
import dev.storyline.model.Address;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.SourceHealth;
import dev.storyline.model.Version;
import dev.storyline.store.Store;
import dev.storyline.model.Reply;
import dev.storyline.model.Story;
import dev.storyline.serve.CountryPair;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The web UI and REST API over one pipeline. */
public final class WebServer implements AutoCloseable {

  /** Largest request body accepted: a reply form is a few kilobytes. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  /** Search results shown on a page. */
  static final int SEARCH_LIMIT = 50;

  private final Pipeline pipeline;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private Javalin app;

  public WebServer(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Starts serving on the port (0 picks a free one) and returns the port in use. */
  public int start(String host, int port) {
    app = Javalin.create(c -> {
      c.http.maxRequestSize = MAX_REQUEST_BYTES;
      c.showJavalinBanner = false;
    });
    app.get("/", this::home);
    app.get("/stories/{id}", this::storyPage);
    app.post("/stories/{id}/replies", this::reply);
    app.get("/search", this::search);
    app.get("/sources", ctx -> render(ctx, "sources.jte", Map.of("sources", health())));
    app.get("/articles/{id}/versions", ctx -> render(ctx, "versions.jte", Map.of("page", versions(ctx))));
    app.get("/api/sources", ctx -> ctx.json(health()));
    app.get("/api/articles/{id}/versions", ctx -> ctx.json(pipeline.store().versions(article(ctx).article().id())));
    app.get("/api/stories", ctx -> ctx.json(apiStories()));
    app.get("/api/stories/{id}", ctx -> ctx.json(Views.story(story(ctx), pipeline.store())));
    app.get("/api/events", ctx -> {
      CountryPair pair = CountryPair.parse(ctx.queryParam("pair"));
      ctx.json(pair == null ? pipeline.store().events(null, null) : pipeline.store().events(pair.a(), pair.b()));
    });
    app.get("/api/search", ctx -> ctx.json(pipeline.index().search(query(ctx), SEARCH_LIMIT)));
    app.exception(NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).result(e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).result(e.getMessage()));
    app.start(host, port);
    return app.port();
  }

  private void home(Context ctx) {
    render(ctx, "stories.jte", Map.of("stories", pipeline.store().stories()));
  }

  private void storyPage(Context ctx) {
    render(ctx, "story.jte", Map.of("page", page(story(ctx), null, ReplyForm.EMPTY)));
  }

  private void reply(Context ctx) {
    Story s = story(ctx);
    ReplyForm form = new ReplyForm(ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("comment"));
    String problem = form.problem();
    if (problem != null) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, "story.jte", Map.of("page", page(s, problem, form)));
      return;
    }
    pipeline.store().addReply(new Reply(0, s.id(), form.name(), form.email(), form.comment(), Instant.now()));
    ctx.redirect("/stories/" + s.id() + "#replies", HttpStatus.SEE_OTHER);
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    List<Hit> hits = List.of();
    String error = null;
    if (q != null && !q.isBlank()) {
      try {
        hits = pipeline.index().search(q, SEARCH_LIMIT);
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
        ctx.status(HttpStatus.BAD_REQUEST);
      }
    }
    render(ctx, "search.jte", Map.of("query", q == null ? "" : q, "hits", hits, "error", error == null ? "" : error));
  }

  private StoryPage page(Story s, String error, ReplyForm form) {
    Store store = pipeline.store();
    List<ArticleDigest> articles = new ArrayList<>();
    Map<String, List<Address>> addresses = new HashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    for (String id : s.articleIds()) {
      store.article(id).ifPresent(articles::add);
      addresses.put(id, store.addresses(id));
      int n = store.versionCount(id);
      if (n > 0) {
        versions.put(id, n);
      }
    }
    return new StoryPage(s, articles, addresses, versions, store.replies(s.id()), error, form);
  }

  private List<SourceHealth> health() {
    Instant now = Instant.now();
    return pipeline.store().sources().stream().map(src -> pipeline.store().health(src.id(), now)).toList();
  }

  private ArticleDigest article(Context ctx) {
    String id = ctx.pathParam("id");
    return pipeline.store().article(id).orElseThrow(() -> new NotFound("no article with id " + id));
  }

  private VersionsPage versions(Context ctx) {
    ArticleDigest a = article(ctx);
    List<Version> versions = pipeline.store().versions(a.article().id());
    List<List<TextDiff.Piece>> changes = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      changes.add(TextDiff.of(versions.get(i - 1).text(), versions.get(i).text()));
    }
    return new VersionsPage(a, versions, changes);
  }

  private List<Map<String, Object>> apiStories() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Story s : pipeline.store().stories()) {
      out.add(Views.story(s, pipeline.store()));
    }
    return out;
  }

  private Story story(Context ctx) {
    String id = ctx.pathParam("id");
    return pipeline.store().story(id).orElseThrow(() -> new NotFound("no story with id " + id));
  }

  private static String query(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("missing query parameter q");
    }
    return q;
  }

  private void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }

  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
