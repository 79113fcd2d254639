package dev.storyline.serve.cli;

import dev.storyline.serve.Crawl;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Polling;
import dev.storyline.serve.Settings;
import dev.storyline.serve.SourcePoller;
import dev.storyline.serve.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and REST API, and poll every followed source on its schedule.")
final class ServeCommand extends DataCommand implements Callable<Integer> {

  @Option(names = "--port", description = "Port to listen on (default: serve.port, 8080).")
  Integer port;

  @Option(names = "--host", description = "Address to listen on (default: serve.host, 127.0.0.1).")
  String host;

  @Option(names = "--no-poll", description = "Serve only; do not poll sources.")
  boolean noPoll;

  @Mixin CrawlOptions crawl;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = settings();
    String h = host != null ? host : settings.text("serve.host");
    int p = port != null ? port : (int) settings.number("serve.port");
    try (Pipeline pipeline = open()) {
      if (noPoll) {
        serve(pipeline, h, p);
        return 0;
      }
      try (Crawl c = crawl.open(settings); Polling polling = new Polling(
          new SourcePoller(pipeline, c.crawler(), settings.duration("sources.max-backoff")), SourcesPoll::report)) {
        serve(pipeline, h, p);
      }
      return 0;
    }
  }

  /** Serves until the process is stopped. */
  static void serve(Pipeline p, String host, int port) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    try (WebServer web = new WebServer(p)) {
      int bound = web.start(host, port);
      System.err.printf("serving http://%s:%d/ (Ctrl-C to stop)%n", host.equals("0.0.0.0") ? "localhost" : host, bound);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
  }
}
