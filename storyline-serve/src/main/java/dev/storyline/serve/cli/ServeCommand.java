package dev.storyline.serve.cli;

import dev.storyline.serve.Pipeline;
import dev.storyline.serve.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and REST API.")
final class ServeCommand extends DataCommand implements Callable<Integer> {

  @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    try (Pipeline p = open()) {
      serve(p, host, port);
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
