package dev.storyline.serve;

import dev.storyline.cluster.Clusterer;
import dev.storyline.cluster.dedup.NearDuplicates;
import dev.storyline.cluster.dedup.SimHash;
import dev.storyline.ingest.Page;
import dev.storyline.ingest.crawl.Item;
import dev.storyline.ingest.url.CanonicalUrl;
import dev.storyline.ingest.warc.ArchiveReader;
import dev.storyline.ingest.warc.ArchiveReport;
import dev.storyline.model.Address;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import dev.storyline.cluster.StoryBuilder;
import dev.storyline.cluster.Terms;
import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.events.EventCoder;
import dev.storyline.extract.ExtractException;
import dev.storyline.extract.Extractor;
import dev.storyline.extract.Overrides;
import dev.storyline.index.LuceneIndex;
import dev.storyline.index.SearchIndex;
import dev.storyline.ingest.Document;
import dev.storyline.ingest.FileSource;
import dev.storyline.ingest.IngestException;
import dev.storyline.model.Article;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.model.Sentence;
import dev.storyline.store.SqliteStore;
import dev.storyline.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Storyline's pipeline over one data folder: a store, a search index and the stages between them. */
public final class Pipeline implements AutoCloseable {

  private final Store store;
  private final SearchIndex index;
  private final Extractor extractor = new Extractor();
  private Enricher enricher;
  private EventCoder coder;
  private Map<String, List<ArticleDigest>> members;
  private Clusterer clusterer;
  private NearDuplicates nearDuplicates;

  public Pipeline(Path dataDir) {
    this.store = new SqliteStore(dataDir.resolve("storyline.db"));
    this.index = new LuceneIndex(dataDir.resolve("index"));
  }

  public Store store() {
    return store;
  }

  public SearchIndex index() {
    return index;
  }

  /**
   * Ingests files and folders: text and HTML files, and WARC or ARC archives, whose HTML responses
   * are taken as fetched pages. A path that does not exist stops the run before anything is read; a
   * document that cannot be read or holds no article is reported and skipped. Each article is stored
   * atomically with its story.
   *
   * @throws IngestException when a path does not exist
   */
  public synchronized IngestReport ingest(List<Path> paths, Overrides overrides, Progress progress)
      throws IngestException {
    List<Path> files = FileSource.expand(paths, f -> FileSource.isSupported(f) || ArchiveReader.isArchive(f));
    Tally tally = new Tally();
    int done = 0;
    for (Path f : files) {
      if (ArchiveReader.isArchive(f)) {
        ArchiveReport r = ArchiveReader.read(f, page -> tally.count(takePage(page, page.url(), null)));
        r.warnings().forEach(tally::warning);
      } else {
        try {
          Document doc = FileSource.read(f);
          tally.count(take(extractor.extract(doc, overrides), Instant.now()));
        } catch (IngestException | ExtractException e) {
          tally.error(e.getMessage());
        }
      }
      progress.step(++done, files.size(), f.getFileName().toString());
    }
    index.commit();
    return tally.report();
  }

  /** Told after each file of an ingest run. */
  public interface Progress {
    void step(int done, int total, String label);
  }

  /** Takes a page fetched by the crawler; an error is returned as a failed outcome's message. */
  public synchronized Result takeItem(Item item) {
    LocalDate listed = item.link() == null || item.link().published() == null ? null
        : item.link().published().atZone(ZoneOffset.UTC).toLocalDate();
    return takePage(item.page(), item.address(), listed);
  }

  /** What taking one page gave: an outcome, or the one-line reason it was not an article. */
  public record Result(Outcome outcome, String articleId, String error) {}

  private Result takePage(Page page, String address, LocalDate listed) {
    if (!page.isHtml()) {
      return new Result(null, null, page.url() + ": not an HTML page (" + page.contentType() + ")");
    }
    try {
      Instant fetched = page.fetched() != null ? page.fetched() : Instant.now();
      Article a = extractor.extractFetched(page.toDocument(), page.url(),
          LocalDateTime.ofInstant(fetched, ZoneOffset.UTC), listed);
      return take(a, fetched, address);
    } catch (ExtractException e) {
      return new Result(null, null, e.getMessage());
    }
  }

  private Result take(Article a, Instant seen) {
    return take(a, seen, null);
  }

  /**
   * Stores an article unless it is one already stored: the same address (a new text becomes a
   * version), the same text, or a near-identical text under another address (the address and its
   * outlet are added to the stored article).
   */
  private Result take(Article a, Instant seen, String listedAddress) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String u : new String[] {a.url(), listedAddress, a.origin()}) {
      String c = CanonicalUrl.ofOrNull(u);
      if (c != null) {
        addresses.add(c);
      }
    }
    for (String address : addresses) {
      Optional<String> known = store.articleByUrl(address);
      if (known.isPresent()) {
        String id = known.get();
        addAddresses(id, addresses, a.outlet(), seen);
        if (id.equals(a.id()) || store.articleByContent(a.contentHash()).map(id::equals).orElse(false)) {
          return new Result(Outcome.UNCHANGED, id, null);
        }
        store.addVersion(id, a.contentHash(), a.text(), seen);
        return new Result(Outcome.NEW_VERSION, id, null);
      }
    }
    Optional<String> same = store.articleByContent(a.contentHash());
    if (same.isPresent()) {
      addAddresses(same.get(), addresses, a.outlet(), seen);
      return new Result(Outcome.DUPLICATE, same.get(), null);
    }
    long fingerprint = SimHash.of(a.text());
    boolean printable = SimHash.fingerprintable(a.text());
    if (printable) {
      Optional<String> near = nearDuplicates().find(fingerprint);
      if (near.isPresent()) {
        addAddresses(near.get(), addresses, a.outlet(), seen);
        return new Result(Outcome.NEAR_DUPLICATE, near.get(), null);
      }
    }
    ArticleDigest d = digest(a);
    String storyId = clusterer().assign(d);
    List<ArticleDigest> story = members.computeIfAbsent(storyId, k -> new ArrayList<>());
    story.add(d);
    store.addArticle(d, StoryBuilder.build(storyId, story));
    index.put(d, storyId);
    addAddresses(a.id(), addresses, a.outlet(), seen);
    if (printable) {
      store.setFingerprint(a.id(), fingerprint);
      nearDuplicates.add(a.id(), fingerprint);
    }
    return new Result(Outcome.ADDED, a.id(), null);
  }

  private void addAddresses(String articleId, Set<String> addresses, String outlet, Instant seen) {
    for (String u : addresses) {
      store.addAddress(articleId, new Address(u, outlet, seen));
    }
  }

  /** Makes what was stored since the last commit searchable. */
  public synchronized void commit() {
    index.commit();
  }

  private Clusterer clusterer() {
    if (clusterer == null) {
      members = store.articlesByStory();
      clusterer = new Clusterer(members); // it keeps copies, so members can grow here
    }
    return clusterer;
  }

  private NearDuplicates nearDuplicates() {
    if (nearDuplicates == null) {
      nearDuplicates = new NearDuplicates();
      store.fingerprints().forEach(nearDuplicates::add);
    }
    return nearDuplicates;
  }


  /** Enriches and codes an article into what the store keeps of it. */
  public ArticleDigest digest(Article a) {
    EnrichedArticle e = enricher().enrich(a);
    LocalDate seen = a.published() != null ? a.published() : LocalDate.now();
    return new ArticleDigest(a, seen, e.sentences().stream().map(Sentence::text).toList(), e.entities(),
        coder().code(e), e.tone(), e.topics(), Terms.of(e));
  }

  /** Rebuilds the search index from the store; returns the number of articles indexed. */
  public synchronized int reindex() {
    index.clear();
    int n = 0;
    for (Map.Entry<String, List<ArticleDigest>> e : store.articlesByStory().entrySet()) {
      for (ArticleDigest d : e.getValue()) {
        index.put(d, e.getKey());
        n++;
      }
    }
    index.commit();
    return n;
  }

  private Enricher enricher() {
    if (enricher == null) {
      // Only sentences that can hold an event are parsed: the parse is most of the cost.
      enricher = new Enricher(Nlp.shared(), KnowledgeBase.bundled(), coder()::mayHoldEvent);
    }
    return enricher;
  }

  private EventCoder coder() {
    if (coder == null) {
      coder = new EventCoder(KnowledgeBase.bundled());
    }
    return coder;
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
