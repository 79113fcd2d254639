package dev.storyline.ingest.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/** Single HTTP exchanges, no redirects followed, each bounded in bytes and in time. */
final class Exchanges implements AutoCloseable {

  /** Connections kept open across hosts; one per host, so this bounds the hosts served at once. */
  static final int MAX_CONNECTIONS = 64;

  static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

  /** The deadline passed before the response was complete. */
  static final class DeadlinePassed extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** A response as received: status, headers, and the decoded body up to the cap. */
  record Raw(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean truncated, String ip) {
    boolean isRedirect() {
      return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    String header(String name) {
      for (Map.Entry<String, String> h : headers) {
        if (h.getKey().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
      return null;
    }

    Response toResponse(String url, long cap) {
      Validators v = new Validators(header("ETag"), header("Last-Modified"));
      return new Response(url, status, header("Content-Type"), status == 304 ? new byte[0] : body, v, Instant.now(),
          ip, headers, truncated ? List.of(url + ": body passes the cap of " + cap + " bytes; kept the first " + cap)
          : List.of());
    }
  }

  private final FetchSettings settings;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService timer;

  Exchanges(FetchSettings settings, VettedResolver resolver) {
    this.settings = settings;
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setDnsResolver(resolver)
        .setMaxConnPerRoute(1)
        .setMaxConnTotal(MAX_CONNECTIONS)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
            .setSocketTimeout(Timeout.of(settings.deadline()))
            .build())
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(pool)
        .disableRedirectHandling()
        .disableContentCompression()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(settings.userAgent())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(settings.deadline())).build())
        .build();
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
      Thread th = new Thread(r, "storyline-fetch-deadline");
      th.setDaemon(true);
      return th;
    });
    t.setRemoveOnCancelPolicy(true);
    this.timer = t;
  }

  Raw get(URI uri, Validators validators, long cap) throws IOException {
    HttpGet get = new HttpGet(uri);
    get.addHeader("Accept", ACCEPT);
    get.addHeader("Accept-Encoding", "gzip, deflate, br");
    if (validators.etag() != null) {
      get.addHeader("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      get.addHeader("If-Modified-Since", validators.lastModified());
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline = timer.schedule(() -> {
      late.set(true);
      get.cancel();
    }, settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
    HttpClientContext context = HttpClientContext.create();
    CloseableHttpResponse response = null;
    boolean drained = false;
    try {
      response = client.execute(get, context);
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      for (Header h : response.getHeaders()) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(h.getName(), h.getValue()));
      }
      int status = response.getCode();
      HttpEntity entity = response.getEntity();
      Bodies.Read body = new Bodies.Read(new byte[0], false);
      drained = entity == null;
      if (entity != null && status >= 200 && status < 300) {
        body = Bodies.read(Bodies.decoded(entity.getContent(), entity.getContentEncoding()), cap);
        drained = !body.truncated();
      }
      return new Raw(status, headers, body.bytes(), body.truncated(), ip(context));
    } catch (IOException | RuntimeException e) {
      if (late.get()) {
        throw new DeadlinePassed();
      }
      throw e;
    } finally {
      deadline.cancel(false);
      if (response != null) {
        // An unread rest (a capped body, an error page) is not worth reading, nor the connection keeping.
        response.close(drained ? CloseMode.GRACEFUL : CloseMode.IMMEDIATE);
      }
    }
  }

  private static String ip(HttpClientContext context) {
    EndpointDetails details = context.getEndpointDetails();
    SocketAddress remote = details == null ? null : details.getRemoteAddress();
    return remote instanceof InetSocketAddress s && s.getAddress() != null ? s.getAddress().getHostAddress() : null;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      client.close();
    } catch (IOException e) {
      // nothing is lost by a connection that fails to close
    }
  }
}
