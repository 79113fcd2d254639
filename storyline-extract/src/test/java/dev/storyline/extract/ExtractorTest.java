package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.ingest.Document;
import dev.storyline.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private final Extractor extractor = new Extractor();

  @Test
  void takesOutletFromHeadlineSuffixAndDropsRepeatedTitleAndFurniture() throws Exception {
    Article a = extract("wire-copy.txt", Document.TEXT);
    assertThat(a.title()).isEqualTo("Harbour workers end strike after pay deal in Rotterdam");
    assertThat(a.outlet()).isEqualTo("Northgate Times");
    assertThat(a.authors()).containsExactly("Elena Vos");
    assertThat(a.text()).startsWith("Elena Vos, a Rotterdam correspondent")
        .doesNotContain("Search", "Leave a Reply", "email address", "must never be taken", "Northgate Times");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void readsBylineDatelineAndBulletsFromPlainText() throws Exception {
    Article a = extract("dateline.txt", Document.TEXT);
    assertThat(a.title()).isEqualTo("Lake ferry service resumes after storm damage is repaired");
    assertThat(a.authors()).containsExactly("Tomas Berg", "Ana Lucia Prado");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(a.text()).contains("\n\nCrossings run every half hour\n\nTickets bought").doesNotContain("Share this", "Menu");
  }

  @Test
  void readsMetadataAndBodyFromHtml() throws Exception {
    Article a = extract("news-page.html", Document.HTML);
    assertThat(a.title()).isEqualTo("Valley town opens flood barrier ahead of spring thaw");
    assertThat(a.outlet()).isEqualTo("The Riverside Courier");
    assertThat(a.authors()).containsExactly("Marta Kowalska");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(a.url()).isEqualTo("https://courier.example/2025/04/02/flood-barrier");
    assertThat(a.text()).contains("opened a new flood barrier", "test the gates again in May")
        .doesNotContain("Share on social", "Related stories", "Bridge closes", "Leave a Reply", "All rights reserved", "Sport");
  }

  @Test
  void overridesWinOverWhatThePageSays() throws Exception {
    Document d = new Document("x.txt", resource("wire-copy.txt"), Document.TEXT);
    Article a = extractor.extract(d, new Overrides("Harbour Gazette", "https://g.example/1", LocalDate.of(2024, 1, 2)));
    assertThat(a.outlet()).isEqualTo("Harbour Gazette");
    assertThat(a.url()).isEqualTo("https://g.example/1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void sameContentGivesSameIdWhateverTheSpacingOrCase() throws Exception {
    String body = "A ferry line reopened on Monday after repairs to its landing stages were finished by engineers.";
    Article one = extractor.extract(new Document("1.txt", ("Ferry reopens\n\n" + body).getBytes(StandardCharsets.UTF_8), Document.TEXT), Overrides.NONE);
    Article two = extractor.extract(new Document("2.txt", ("FERRY  REOPENS\n" + body.replace(" ", "  ")).getBytes(StandardCharsets.UTF_8), Document.TEXT), Overrides.NONE);
    assertThat(one.id()).isEqualTo(two.id());
  }

  @Test
  void refusesDocumentsWithoutArticleText() {
    Document d = new Document("stub.html", "<html><title>Home</title><p>Hi</p></html>".getBytes(StandardCharsets.UTF_8), Document.HTML);
    assertThatThrownBy(() -> extractor.extract(d, Overrides.NONE)).isInstanceOf(ExtractException.class)
        .hasMessageStartingWith("stub.html: no article text");
  }

  private Article extract(String name, String type) throws Exception {
    return extractor.extract(new Document(name, resource(name), type), Overrides.NONE);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ExtractorTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
