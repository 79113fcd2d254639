package dev.storyline.serve.cli;

import dev.storyline.ingest.crawl.Crawler;

/** A crawl's progress shown as a bar (or log lines) on standard error. */
final class CrawlProgress implements Crawler.Progress {

  private final String what;
  private ProgressBar bar;

  CrawlProgress(String what) {
    this.what = what;
  }

  @Override
  public void listed(int total) {
    finish();
    bar = ProgressBar.onStderr(what);
    bar.total(total);
  }

  @Override
  public void fetched(int done, String url) {
    if (bar != null) {
      bar.update(done, url);
    }
  }

  void finish() {
    if (bar != null) {
      bar.finish();
      bar = null;
    }
  }
}
