package dev.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads plain-text and HTML files, and folders of them, into documents. */
public final class FileSource {

  /** Larger files are refused: the longest news pages with inline scripts stay under 10 MB. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** How deep a folder walk goes; news archives are rarely nested more than a few levels. */
  public static final int MAX_DEPTH = 16;

  private FileSource() {}

  /**
   * The files a list of paths names: files as given, folders walked for {@code .txt}, {@code .html}
   * and {@code .htm} files in name order.
   *
   * @throws IngestException for a path that does not exist or a folder that cannot be read
   */
  public static List<Path> expand(List<Path> paths) throws IngestException {
    return expand(paths, FileSource::isSupported);
  }

  /**
   * The files a list of paths names: files as given, folders walked for files {@code accept} takes,
   * in name order.
   *
   * @throws IngestException for a path that does not exist or a folder that cannot be read
   */
  public static List<Path> expand(List<Path> paths, Predicate<Path> accept) throws IngestException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IngestException(path.toString(), "no such file or folder");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
          walk.filter(Files::isRegularFile).filter(accept).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new IngestException(path.toString(), "cannot read folder: " + e.getMessage());
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Whether the file name says it is a document Storyline reads. */
  public static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  /**
   * Reads one file.
   *
   * @throws IngestException when the file is missing, of an unsupported type, empty, too large or binary
   */
  public static Document read(Path file) throws IngestException {
    String origin = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new IngestException(origin, Files.exists(file) ? "not a regular file" : "no such file");
    }
    if (!isSupported(file)) {
      throw new IngestException(origin, "unsupported file type (expected .txt, .html or .htm)");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new IngestException(origin, "cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new IngestException(origin, "larger than " + MAX_FILE_BYTES + " bytes");
    }
    String problem = TextSniffer.problem(bytes);
    if (problem != null) {
      throw new IngestException(origin, problem);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String type = name.endsWith(".txt") ? Document.TEXT : Document.HTML;
    return new Document(origin, bytes, type);
  }
}
