package dev.storyline.index;

import dev.storyline.model.Actor;
import dev.storyline.model.ArticleDigest;
import dev.storyline.model.EntityMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index in a Lucene directory, English stemming, AND semantics. Thread-safe. The writer,
 * which holds the directory's lock, opens only when something is written, so any number of readers
 * (a running server, CLI searches) share the index with one writer.
 */
public final class LuceneIndex implements SearchIndex {

  /** Longest query accepted, in characters: longer input is a paste, not a search. */
  public static final int MAX_QUERY_CHARS = 500;

  private static final String[] FIELDS = {"title", "text", "outlet", "entities", "actors", "topics"};
  /** Title and entity matches say more about an article than a word deep in its text. */
  private static final Map<String, Float> BOOSTS = Map.of("title", 3f, "entities", 2f, "actors", 1.5f, "text", 1f,
      "outlet", 1f, "topics", 1f);

  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private IndexWriter writer;

  public LuceneIndex(Path dir) {
    this.dir = dir;
    try {
      directory = FSDirectory.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot open search index: " + e.getMessage(), e);
    }
  }

  private synchronized IndexWriter writer() {
    if (writer == null) {
      try {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      } catch (IOException e) {
        throw new UncheckedIOException(dir + ": cannot write search index (another process writing?): " + e.getMessage(), e);
      }
    }
    return writer;
  }

  private synchronized DirectoryReader reader() throws IOException {
    if (writer != null) {
      return DirectoryReader.open(writer);
    }
    return DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
  }

  @Override
  public void put(ArticleDigest d, String storyId) {
    Document doc = new Document();
    doc.add(new StringField("id", d.article().id(), Field.Store.YES));
    doc.add(new StringField("story", storyId, Field.Store.YES));
    doc.add(new TextField("title", d.article().title(), Field.Store.YES));
    doc.add(new TextField("text", d.article().text(), Field.Store.NO));
    if (d.article().outlet() != null) {
      doc.add(new TextField("outlet", d.article().outlet(), Field.Store.YES));
    }
    StringBuilder entities = new StringBuilder();
    StringBuilder actors = new StringBuilder();
    for (EntityMention m : d.entities()) {
      entities.append(m.text()).append(" \n ");
      Actor a = m.actor();
      if (a != null) {
        actors.append(a.name()).append(' ').append(a.code()).append(" \n ");
      }
    }
    doc.add(new TextField("entities", entities.toString(), Field.Store.NO));
    doc.add(new TextField("actors", actors.toString(), Field.Store.NO));
    doc.add(new TextField("topics", String.join(" ", d.topics()), Field.Store.NO));
    doc.add(new StringField("date", d.seen().toString(), Field.Store.NO));
    if (d.article().published() != null) {
      doc.add(new StoredField("published", d.article().published().toString()));
    }
    try {
      writer().updateDocument(new Term("id", d.article().id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot index " + d.article().id(), e);
    }
  }

  @Override
  public void clear() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot clear index", e);
    }
  }

  @Override
  public void commit() {
    try {
      writer().commit();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot commit index", e);
    }
  }

  @Override
  public List<Hit> search(String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("search query longer than " + MAX_QUERY_CHARS + " characters");
    }
    Query query = parse(text);
    try (DirectoryReader reader = reader()) {
      if (reader == null) {
        return List.of();
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Hit> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        out.add(new Hit(d.get("id"), d.get("story"), d.get("title"), d.get("outlet"), d.get("published"), sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": search failed", e);
    }
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new IllegalArgumentException("unsearchable query: " + text);
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot close index", e);
    }
  }
}
