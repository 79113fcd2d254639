package dev.storyline.serve;

import dev.storyline.cluster.Clusterer;
import dev.storyline.cluster.StoryBuilder;
import dev.storyline.cluster.Terms;
import dev.storyline.enrich.Enricher;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Storyline's pipeline over one data folder: a store, a search index and the stages between them. */
public final class Pipeline implements AutoCloseable {

  private final Store store;
  private final SearchIndex index;
  private final Extractor extractor = new Extractor();
  private Enricher enricher;
  private EventCoder coder;

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
   * Ingests files and folders. A path that does not exist stops the run before anything is read; a
   * document that cannot be read or holds no article is reported and skipped. Each article is stored
   * atomically with its story.
   *
   * @throws IngestException when a path does not exist
   */
  public synchronized IngestReport ingest(List<Path> paths, Overrides overrides, Consumer<String> progress)
      throws IngestException {
    List<Path> files = FileSource.expand(paths);
    List<String> errors = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    Set<String> hashes = new HashSet<>();
    int duplicates = 0;
    for (Path f : files) {
      try {
        Document doc = FileSource.read(f);
        Article a = extractor.extract(doc, overrides);
        if (!hashes.add(a.contentHash()) || store.hasContent(a.contentHash())) {
          duplicates++;
        } else {
          fresh.add(a);
        }
      } catch (IngestException | ExtractException e) {
        errors.add(e.getMessage());
      }
    }
    if (!fresh.isEmpty()) {
      Map<String, List<ArticleDigest>> members = store.articlesByStory();
      Clusterer clusterer = new Clusterer(members); // it keeps copies, so members can grow here
      int done = 0;
      for (Article a : fresh) {
        ArticleDigest d = digest(a);
        String storyId = clusterer.assign(d);
        List<ArticleDigest> story = members.computeIfAbsent(storyId, k -> new ArrayList<>());
        story.add(d);
        store.addArticle(d, StoryBuilder.build(storyId, story));
        index.put(d, storyId);
        progress.accept("ingested " + (++done) + "/" + fresh.size() + ": " + a.title());
      }
      index.commit();
    }
    return new IngestReport(fresh.size(), duplicates, errors);
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
      enricher = new Enricher();
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
