package dev.racereg.examples.cli;

import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.StartListCsv;
import dev.racereg.core.unified.StartListJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads and writes start-list files, CSV or JSON chosen by the file name or a format option. */
final class StartListFiles {

  /** The two file formats. */
  enum Format {
    csv, json;

    static Format of(Path file, Format explicit) {
      if (explicit != null) {
        return explicit;
      }
      return file != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json : csv;
    }
  }

  private StartListFiles() {}

  static long write(Stream<Registration> rows, Writer out, Format format) {
    return format == Format.json ? StartListJson.write(rows, out) : StartListCsv.write(rows, out);
  }

  /** Writes the file atomically: a crash leaves the old file or the new one, never half of one. */
  static long writeAtomically(List<Registration> rows, Path file, Format format) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        long n;
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          n = write(rows.stream(), w, format);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return n;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.FAILURE, "cannot write " + file + ": " + e.getMessage());
    }
  }

  /**
   * Reads a start list.
   *
   * @throws CliException (bad input) if the file is missing or unreadable
   */
  static List<Registration> read(Path file) {
    if (!Files.exists(file)) {
      throw new CliException(ExitCode.BAD_INPUT, "no such file: " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Format.of(file, null) == Format.json ? StartListJson.read(in) : StartListCsv.read(in);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(ExitCode.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
    } catch (dev.racereg.core.error.DecodingException e) {
      throw new CliException(ExitCode.BAD_INPUT, "not a start list: " + file + ": " + e.getMessage());
    }
  }
}
