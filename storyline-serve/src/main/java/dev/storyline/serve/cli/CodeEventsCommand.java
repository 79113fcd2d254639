package dev.storyline.serve.cli;

import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.nlp.Nlp;
import dev.storyline.enrich.kb.KnowledgeBase;
import dev.storyline.events.EventCoder;
import dev.storyline.model.EnrichedArticle;
import dev.storyline.serve.Views;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code-events", mixinStandardHelpOptions = true,
    description = "Codes the events of texts given as JSON lines {\"id\", \"text\", \"date\"?} (date YYYY-MM-DD);"
        + " no data folder needed. Prints one JSON line {\"id\", \"events\"} per input line, each event as"
        + " 'storyline events --json' writes it, one per sentence and predicate (not merged)."
        + " Exit code 2 at the first malformed line, after the output of the lines before it.")
final class CodeEventsCommand implements Callable<Integer> {

  /**
   * Longest input line in characters. Long news articles run to about 50,000 characters; four times
   * that leaves room for JSON escapes while bounding the memory and parse time one line can claim.
   */
  static final int MAX_LINE_CHARS = 200_000;

  @Parameters(paramLabel = "FILE", description = "A JSON-lines file, or - for standard input.")
  String file;

  @Option(names = "--parse", description = "Also print, under \"sentences\", each sentence's tokens,"
      + " dependency parse (empty when the sentence could hold no event and was not parsed) and resolved mentions.")
  boolean parse;

  private Enricher enricher;
  private EventCoder coder;

  @Override
  public Integer call() throws IOException {
    String name = file.equals("-") ? "stdin" : file;
    try (Reader in = open()) {
      for (int n = 1; ; n++) {
        String line;
        try {
          line = line(in, name, n);
        } catch (CharacterCodingException e) {
          throw bad(name, n, "not UTF-8 text");
        }
        if (line == null) {
          return 0;
        }
        if (line.isBlank()) {
          continue;
        }
        TextInput input;
        try {
          input = TextInput.parse(line);
        } catch (IllegalArgumentException e) {
          throw bad(name, n, e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", input.id());
        EnrichedArticle article = enrich(input, name);
        out.put("events", coder.code(article));
        if (parse) {
          out.put("sentences", ParseView.of(article));
        }
        System.out.println(Views.line(out));
      }
    }
  }

  private EnrichedArticle enrich(TextInput input, String origin) {
    if (enricher == null) { // loaded on the first good line: a bad file fails without the models' wait
      coder = new EventCoder(KnowledgeBase.bundled());
      enricher = new Enricher(Nlp.shared(), KnowledgeBase.bundled(), coder::mayHoldEvent);
    }
    return enricher.enrich(input.article(origin));
  }

  private Reader open() throws IOException {
    InputStream raw;
    if (file.equals("-")) {
      raw = System.in;
    } else {
      try {
        raw = Files.newInputStream(Path.of(file));
      } catch (NoSuchFileException e) {
        throw new Main.BadInput(file + ": no such file");
      } catch (IOException e) {
        throw new Main.BadInput(file + ": cannot read (" + e.getMessage() + ")");
      }
    }
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The next line without its end, or null at the end of input; never more than {@link #MAX_LINE_CHARS}. */
  private static String line(Reader in, String name, int n) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (b.length() == MAX_LINE_CHARS) {
        throw bad(name, n, "longer than " + MAX_LINE_CHARS + " characters");
      }
      b.append((char) c);
    }
    if (c == -1 && b.length() == 0) {
      return null;
    }
    int end = b.length();
    return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
  }

  private static Main.BadInput bad(String name, int line, String problem) {
    System.out.flush(); // what came before is printed before the error
    return new Main.BadInput(name + ": line " + line + ": " + problem);
  }
}
