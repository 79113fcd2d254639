package dev.storyline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.bench.BenchMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Petr2ReaderTest {

  /** The published PETR-2 validation file, read only when this machine has it. */
  private static final Path SHARED = Path.of("/work/shared/datasets/events/petr2-validation/PETR2_GSR_validation.xml");

  private static final String HEAD = "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n<Sentences>\n";
  private static final String TAIL = "</Sentences>\n</Validation>\n";

  @TempDir Path dir;

  private static Path sample() throws URISyntaxException {
    return Path.of(Petr2ReaderTest.class.getResource("petr2-sample.xml").toURI());
  }

  private Path write(String body) throws IOException {
    return Files.writeString(dir.resolve("set.xml"), HEAD + body + TAIL);
  }

  @Test
  void readsRecordsDespiteSelfClosedOpeningTagsAndTheHeaderText() throws Exception {
    List<GoldSentence> s = Petr2Reader.read(sample());
    assertThat(s).extracting(GoldSentence::id).containsExactly("SAMPLE_1", "SAMPLE_2", "SAMPLE_3", "SAMPLE_4");
    assertThat(s).extracting(GoldSentence::category).containsExactly("AFP", "PASSIVE", "OTHER", "VERB");
    GoldSentence first = s.get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2019, 3, 11));
    assertThat(first.text()).isEqualTo("Norway's foreign minister offered to meet her Finnish counterpart in Oslo next week,"
        + " officials said.");
    assertThat(first.gold()).extracting(Coding::toString).containsExactly("NORGOV>FINGOV 036", "NORGOV>FINGOVMIL 036");
    assertThat(first.gold()).extracting(Coding::triple).containsOnly("NOR>FIN 03");
  }

  @Test
  void keepsWildcardsAndBodiesAndDropsCommentsEntitiesAndNoEvents() throws Exception {
    List<GoldSentence> s = Petr2Reader.read(sample());
    Coding attack = s.get(1).gold().get(0);
    assertThat(attack.triple()).isEqualTo("--->IGOUNO 19");
    assertThat(s.get(1).text()).contains("border & two soldiers");
    assertThat(s.get(2).gold()).isEmpty();
    assertThat(s.get(2).date()).isNull(); // "190314" is not YYYYMMDD
    assertThat(s.get(3).evaluate()).isFalse();
    assertThat(s.get(3).gold()).singleElement().satisfies(c -> {
      assertThat(c.target()).isEmpty();
      assertThat(c.triple()).isEqualTo("IGOEEC>- 08");
    });
  }

  @Test
  void refusesMissingAndForeignFilesOnOneLine() throws IOException {
    assertThatThrownBy(() -> Petr2Reader.read(dir.resolve("nope.xml")))
        .isInstanceOf(GoldSetException.class).hasMessage(dir.resolve("nope.xml") + ": no such file");
    Path html = Files.writeString(dir.resolve("page.xml"), "<html><body><Sentence id='x'/></body></html>");
    assertThatThrownBy(() -> Petr2Reader.read(html)).hasMessageEndingWith("not a PETR-2 validation file"
        + " (no <Validation> root with <Sentences>)");
    Path empty = write("");
    assertThatThrownBy(() -> Petr2Reader.read(empty)).hasMessageEndingWith("(no <Sentence> records)");
    Path binary = Files.write(dir.resolve("bin.xml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> Petr2Reader.read(binary)).hasMessageContaining("not UTF-8");
  }

  @Test
  void namesTheRecordThatIsBroken() throws IOException {
    Path unclosed = write("<Sentence id=\"A\"/>\n<Text>one</Text>\n<Sentence id=\"B\"/>\n<Text>two</Text>\n</Sentence>\n");
    assertThatThrownBy(() -> Petr2Reader.read(unclosed)).isInstanceOf(GoldSetException.class)
        .hasMessage(unclosed + ": record 1: <Sentence> without </Sentence>");
    Path noText = write("<Sentence id=\"A\"/>\n<EventCoding noevents=\"True\"/>\n</Sentence>\n");
    assertThatThrownBy(() -> Petr2Reader.read(noText)).hasMessage(noText + ": record 1 (A): no <Text>");
    Path badCode = write("<Sentence id=\"A\"/>\n<EventCoding eventcode=\"4x\" sourcecode=\"USA\"/>\n<Text>t</Text>\n</Sentence>\n");
    assertThatThrownBy(() -> Petr2Reader.read(badCode)).hasMessageStartingWith(badCode + ": record 1 (A): <EventCoding>");
    Path broken = write("<Sentence id=\"A\"/>\n<Text>one <b>two</Text>\n</Sentence>\n");
    assertThatThrownBy(() -> Petr2Reader.read(broken)).hasMessageStartingWith(broken + ": record 1 (A): not well-formed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void takesTheWordsOfTheParseWhenTheTextIsEmpty() throws Exception {
    Path file = write("<Sentence id=\"A\"/>\n<Text>\n</Text>\n<Parse>\n"
        + "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
        + "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        + "3\tKharkiv\tKharkiv\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
        + "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse>\n</Sentence>\n");
    assertThat(Petr2Reader.read(file)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("Rebels shelled Kharkiv."));
  }

  @Test
  void neverExpandsEntitiesOrReadsDocumentTypes() throws IOException {
    Path entity = write("<Sentence id=\"A\"/>\n<Text>&xxe;</Text>\n</Sentence>\n");
    assertThatThrownBy(() -> Petr2Reader.read(entity)).hasMessageContaining("record 1 (A): not well-formed");
    Path doctype = Files.writeString(dir.resolve("dtd.xml"), "<?xml version='1.0'?>\n<Validation>\n<Sentences>\n"
        + "<Sentence id=\"A\"/><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Text>&xxe;</Text>\n</Sentence>\n"
        + TAIL);
    assertThatThrownBy(() -> Petr2Reader.read(doctype)).isInstanceOf(GoldSetException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void commandRefusesAMissingFileOrUnknownSetWithExitTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(BenchMain.run("events", "--dataset", "petr2", dir.resolve("nope.xml").toString())).isEqualTo(2);
      assertThat(BenchMain.run("events", "--dataset", "acled", dir.toString())).isEqualTo(2);
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(StandardCharsets.UTF_8).strip().split("\n")).containsExactly(
        "storyline bench: " + dir.resolve("nope.xml") + ": no such file",
        "storyline bench: --dataset acled: unknown set (petr2, jsonl)");
  }

  @Test
  void readsThePublishedSetWhenPresent() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SHARED), "PETR-2 validation file not on this machine: " + SHARED);
    List<GoldSentence> s = Petr2Reader.read(SHARED);
    assertThat(s).hasSize(78);
    // 92 <EventCoding> elements: 80 codings and 12 "noevents" markers (a 93rd "<EventCoding...>" is header text).
    assertThat(s.stream().mapToInt(x -> x.gold().size()).sum()).isEqualTo(80);
    assertThat(s.stream().filter(x -> x.gold().isEmpty()).count()).isEqualTo(12);
    assertThat(s).allSatisfy(x -> assertThat(x.text()).isNotBlank());
  }
}
