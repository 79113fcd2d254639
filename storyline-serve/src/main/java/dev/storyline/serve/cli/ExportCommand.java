package dev.storyline.serve.cli;

import dev.storyline.model.Event;
import dev.storyline.serve.CountryPair;
import dev.storyline.serve.Pipeline;
import dev.storyline.serve.Views;
import dev.storyline.serve.export.CsvRow;
import dev.storyline.serve.export.EventRow;
import dev.storyline.serve.export.GdeltRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code storyline export}: stored data written out whole for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write stored data for other tools.",
    subcommands = {ExportCommand.Events.class})
final class ExportCommand extends DataCommand implements Runnable {

  @Override
  public void run() {
    throw new Main.BadInput("export: name what to export (events)");
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Write every matching event, no cap: GDELT 2.0's 61-column table, CSV, or JSON lines.")
  static final class Events implements Callable<Integer> {

    enum Format { gdelt, csv, jsonl }

    @ParentCommand ExportCommand export;

    @Option(names = "--format", required = true, description = "gdelt, csv or jsonl.") Format format;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    LocalDate since;

    @Option(names = "--pair", paramLabel = "AAA,BBB", description = "Only events between two countries, either way.")
    String pair;

    @Override
    public Integer call() throws IOException {
      CountryPair countries;
      try {
        countries = CountryPair.parse(pair);
      } catch (IllegalArgumentException e) {
        throw new Main.BadInput("--pair: " + e.getMessage());
      }
      try (Pipeline p = export.open()) {
        List<Event> events = countries == null ? p.store().events(null, null) : p.store().events(countries.a(), countries.b());
        ArticleCache articles = new ArticleCache(p.store());
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == Format.csv) {
          out.write(CsvRow.header());
          out.write('\n');
        }
        int n = 0;
        for (Event e : events) {
          if (since != null && (e.date() == null || e.date().isBefore(since))) {
            continue;
          }
          EventRow row = EventRow.of(e, articles::get);
          out.write(switch (format) {
            case gdelt -> GdeltRow.line(row);
            case csv -> CsvRow.line(row);
            case jsonl -> Views.line(Views.eventRow(row));
          });
          out.write('\n');
          n++;
        }
        out.flush();
        System.err.printf("exported %d event(s)%n", n);
        return 0;
      }
    }
  }
}
