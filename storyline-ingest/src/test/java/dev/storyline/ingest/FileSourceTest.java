package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

  @TempDir Path dir;

  @Test
  void walksFoldersForTextAndHtmlFilesInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b.html"), "<p>x</p>");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("notes.pdf"), "x");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.htm"), "x");

    List<Path> files = FileSource.expand(List.of(dir));

    assertThat(files).extracting(p -> dir.relativize(p).toString()).containsExactly("a.txt", "b.html", "sub/c.htm");
  }

  @Test
  void refusesMissingPathNamingIt() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> FileSource.expand(List.of(missing)))
        .isInstanceOf(IngestException.class)
        .hasMessage(missing + ": no such file or folder");
  }

  @Test
  void refusesEmptyAndBlankFiles() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    assertThatThrownBy(() -> FileSource.read(empty)).hasMessage(empty + ": empty file");
    assertThatThrownBy(() -> FileSource.read(blank)).hasMessage(blank + ": empty file");
  }

  @Test
  void refusesBinaryContentEvenWithTextExtension() throws Exception {
    Path bin = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertThatThrownBy(() -> FileSource.read(bin)).isInstanceOf(IngestException.class)
        .hasMessageStartingWith(bin + ": binary content");
  }

  @Test
  void refusesUnsupportedFileTypes() throws Exception {
    Path pdf = Files.writeString(dir.resolve("report.pdf"), "text");
    assertThatThrownBy(() -> FileSource.read(pdf)).hasMessageContaining("unsupported file type");
  }

  @Test
  void readsHtmlAndTextWithTheirMediaTypes() throws Exception {
    Path html = Files.writeString(dir.resolve("page.HTML"), "<html><p>Hello</p></html>");
    Path txt = Files.writeString(dir.resolve("note.txt"), "Héllo wörld", StandardCharsets.UTF_8);
    assertThat(FileSource.read(html).mediaType()).isEqualTo(Document.HTML);
    Document d = FileSource.read(txt);
    assertThat(d.mediaType()).isEqualTo(Document.TEXT);
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("Héllo wörld");
  }
}
