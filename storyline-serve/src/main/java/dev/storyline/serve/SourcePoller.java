package dev.storyline.serve;

import dev.storyline.ingest.crawl.Crawler;
import dev.storyline.ingest.crawl.Poll;
import dev.storyline.ingest.net.FetchException;
import dev.storyline.ingest.net.Validators;
import dev.storyline.model.Source;
import dev.storyline.model.SourceState;
import dev.storyline.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Polls followed sources: conditional requests, new articles through the pipeline, and the state
 * each poll leaves (validators, last success or error, when to poll next, with backoff on errors).
 */
public final class SourcePoller {

  private final Pipeline pipeline;
  private final Crawler crawler;
  private final Duration maxBackoff;

  public SourcePoller(Pipeline pipeline, Crawler crawler, Duration maxBackoff) {
    this.pipeline = pipeline;
    this.crawler = crawler;
    this.maxBackoff = maxBackoff;
  }

  /** Polls every source that is due, one after another. */
  public List<PollReport> pollDue(Instant now, Crawler.Progress progress) {
    List<PollReport> out = new ArrayList<>();
    for (Source s : pipeline.store().dueSources(now)) {
      out.add(poll(s, progress));
    }
    return out;
  }

  /** Polls one source now, whether due or not, and records how it went. */
  public PollReport poll(Source source, Crawler.Progress progress) {
    Store store = pipeline.store();
    SourceState before = store.sourceState(source.id());
    Validators validators = new Validators(before.etag(), before.lastModified());
    Instant started = Instant.now();
    Tally counts = new Tally();
    try {
      Poll p = crawler.poll(source.url(), validators,
          u -> store.knowsItem(source.id(), u) || store.articleByUrl(u).isPresent(),
          item -> {
            counts.count(pipeline.takeItem(item));
            // One poll finds its items at one time: the usual interval between items is between polls.
            store.recordItems(source.id(), Set.of(item.address()), started);
          }, progress);
      pipeline.commit();
      Source now = withKind(source, p);
      if (!now.kind().equals(source.kind())) {
        store.setSourceKind(source.id(), now.kind());
      }
      store.saveSourceState(new SourceState(source.id(), p.validators().etag(), p.validators().lastModified(), started,
          Instant.now(), null, 0, started.plus(source.every())));
      List<String> errors = new ArrayList<>(p.errors());
      errors.addAll(counts.errors());
      return new PollReport(now, p.notModified(), p.listed(), p.fetched(), counts.added(), counts.duplicates(), errors, null);
    } catch (FetchException e) {
      return failed(source, before, started, counts, e.getMessage());
    } catch (RuntimeException e) {
      // A fault while taking this source's items is this source's failure: it backs off like any
      // other, instead of staying due and first in line, ahead of every other source, at every tick.
      return failed(source, before, started, counts, source.url() + ": internal error: " + e);
    }
  }

  private PollReport failed(Source source, SourceState before, Instant started, Tally counts, String problem) {
    pipeline.commit();
    int failures = before.failures() + 1;
    pipeline.store().saveSourceState(new SourceState(source.id(), before.etag(), before.lastModified(), started,
        before.lastSuccess(), problem, failures, started.plus(backoff(source.every(), failures))));
    return new PollReport(source, false, 0, 0, counts.added(), counts.duplicates(), counts.errors(), problem);
  }

  /** The wait after {@code failures} failed polls in a row: doubling each time, capped. */
  Duration backoff(Duration every, int failures) {
    Duration d = every;
    for (int i = 0; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static Source withKind(Source s, Poll p) {
    if (p.notModified()) {
      return s;
    }
    String kind = switch (p.format()) {
      case SITEMAP, SITEMAP_INDEX -> Source.SITEMAP;
      case UNKNOWN, OPML -> Source.PAGE;
      default -> Source.FEED;
    };
    return new Source(s.id(), s.url(), s.name(), kind, s.every(), s.paused(), s.added());
  }
}
