package dev.storyline.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.net.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `storyline ingest URL` refuses the host's own and private addresses before connecting. */
class AddressGuardCliTest {

  @TempDir Path data;

  private ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        try (Socket s = listener.accept()) {
          connections.incrementAndGet();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.start();
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
    acceptor.join(5000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:PORT/", "http://2130706433:PORT/", "http://0x7f.1:PORT/",
    "http://[::ffff:127.0.0.1]:PORT/", "http://169.254.169.254/latest/meta-data/", "http://localhost:PORT/",
    "http://0177.0.0.1:PORT/", "file:///etc/passwd"})
  void refusesInOneLineWithoutConnecting(String spelled) {
    String url = spelled.replace("PORT", String.valueOf(listener.getLocalPort()));
    Cli r = Cli.run("--data", data.toString(), "ingest", url);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("storyline: ").contains("refused");
    assertThat(connections).hasValue(0);
  }

  @Test
  void refusesAnAllowedHostsRedirectToAnotherLoopbackAddress() throws Exception {
    try (TestServer allowed = new TestServer(); TestServer other = new TestServer("127.0.0.2")) {
      allowed.serve("/robots.txt", "text/plain", new byte[0]);
      allowed.route("/story", ex -> {
        ex.getResponseHeaders().set("Location", other.url("/admin"));
        ex.sendResponseHeaders(301, -1);
        ex.close();
      });
      other.serve("/admin", "text/html", "<p>internal</p>".getBytes(UTF_8));
      Cli r = Cli.run("--data", data.toString(), "ingest", allowed.url("/story"), "--allow-host", "127.0.0.1");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains(other.url("/admin") + ": refused: loopback");
      assertThat(other.hits()).isEmpty();
    }
  }
}
