package dev.storyline.enrich.nlp;

import dev.storyline.model.Dependency;
import dev.storyline.model.Sentence;
import dev.storyline.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Annotates English text with Stanford CoreNLP. Loading the models takes seconds and gigabytes, so one
 * shared instance serves the whole process; {@link #annotate} is thread-safe.
 */
public final class Nlp {

  /**
   * Sentences longer than this are not parsed: the parser's cost grows fast with length and such
   * "sentences" are lists or tables run together. 80 tokens covers the longest news sentences.
   */
  public static final int MAX_PARSE_TOKENS = 80;

  private static volatile Nlp shared;

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  private Nlp() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Paragraphs are separated by blank lines; a single newline is wrapping, not a sentence end.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("pos.maxlen", String.valueOf(MAX_PARSE_TOKENS * 2));
    tagger = new StanfordCoreNLP(p);
    Properties d = new Properties();
    d.setProperty("annotators", "depparse");
    d.setProperty("depparse.maxLength", String.valueOf(MAX_PARSE_TOKENS));
    // The tagger has run already, on the whole text; the parser sees only the sentences chosen.
    d.setProperty("enforceRequirements", "false");
    parser = new StanfordCoreNLP(d);
  }

  /** A text split, tagged and named, not yet parsed. */
  public static final class Tagged {
    private final String text;
    private final List<CoreMap> maps;
    private final List<Sentence> sentences;

    private Tagged(String text, List<CoreMap> maps, List<Sentence> sentences) {
      this.text = text;
      this.maps = maps;
      this.sentences = sentences;
    }

    /** The sentences with tokens, lemmas, tags and entity types, and no dependencies yet. */
    public List<Sentence> sentences() {
      return sentences;
    }
  }

  /** The process-wide pipeline, loaded on first use. */
  public static Nlp shared() {
    Nlp n = shared;
    if (n == null) {
      synchronized (Nlp.class) {
        n = shared;
        if (n == null) {
          shared = n = new Nlp();
        }
      }
    }
    return n;
  }

  /**
   * Splits, tags and parses a text. Relative dates ("on Monday") are resolved against {@code docDate}
   * when it is given.
   */
  public List<Sentence> annotate(String text, LocalDate docDate) {
    return parse(tag(text, docDate), s -> true);
  }

  /** Splits a text into sentences and tags them: parts of speech, lemmas, named entities. */
  public Tagged tag(String text, LocalDate docDate) {
    Annotation doc = new Annotation(text);
    if (docDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
    tagger.annotate(doc);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : maps) {
      out.add(sentence(out.size(), s, text));
    }
    return new Tagged(text, maps, out);
  }

  /**
   * Parses the tagged sentences {@code which} accepts and returns every sentence, the chosen ones
   * with their dependencies. Parsing is most of the cost, so sentences that cannot matter are skipped.
   */
  public List<Sentence> parse(Tagged tagged, java.util.function.Predicate<Sentence> which) {
    List<CoreMap> chosen = new ArrayList<>();
    for (int i = 0; i < tagged.maps.size(); i++) {
      if (which.test(tagged.sentences.get(i))) {
        chosen.add(tagged.maps.get(i));
      }
    }
    if (chosen.isEmpty()) {
      return tagged.sentences;
    }
    Annotation part = new Annotation(tagged.text);
    part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    parser.annotate(part);
    List<Sentence> out = new ArrayList<>(tagged.sentences.size());
    for (int i = 0; i < tagged.maps.size(); i++) {
      out.add(sentence(i, tagged.maps.get(i), tagged.text));
    }
    return out;
  }

  private static Sentence sentence(int index, CoreMap s, String text) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      tokens.add(new Token(tokens.size(), t.word(), lemma.toLowerCase(Locale.ROOT), t.tag(),
          t.ner() == null ? "O" : t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
          t.beginPosition(), t.endPosition()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g != null) {
      for (IndexedWord root : g.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        if (e.getGovernor().copyCount() == 0 && e.getDependent().copyCount() == 0) {
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
      }
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, begin, end, text.substring(begin, end), tokens, deps);
  }
}
