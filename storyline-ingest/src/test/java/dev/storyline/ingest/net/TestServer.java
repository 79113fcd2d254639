package dev.storyline.ingest.net;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** An HTTP server on a loopback address for tests, logging every request it receives. */
public final class TestServer implements AutoCloseable {

  /** One request as the server saw it. */
  public record Hit(String path, long nanos, Map<String, List<String>> headers) {
    /** The first value of a header, its name in any case. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

  public TestServer() throws IOException {
    this("127.0.0.1");
  }

  public TestServer(String address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves a path with a handler: a route with the request's query wins over one without. */
  public TestServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves fixed bytes with a content type. */
  public TestServer serve(String path, String contentType, byte[] body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    hits.add(new Hit(path, System.nanoTime(), Map.copyOf(ex.getRequestHeaders())));
    HttpHandler h = routes.getOrDefault(path, routes.get(ex.getRequestURI().getRawPath()));
    if (h == null) {
      send(ex, 404, "text/plain", "not found".getBytes());
      return;
    }
    try {
      h.handle(ex);
    } catch (IOException e) {
      ex.close(); // the client hung up, as a capped or late client should
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path;
  }

  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  public List<String> paths() {
    return hits.stream().map(Hit::path).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
