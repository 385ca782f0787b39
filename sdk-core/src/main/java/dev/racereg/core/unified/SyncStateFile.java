package dev.racereg.core.unified;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The small JSON file in which {@link IncrementalSync} keeps, per source, its watermark and a
 * fingerprint of every registration it has delivered. Written atomically (a temporary file in
 * the same directory, then a rename), so a crash leaves either the old or the new state, never a
 * torn one.
 *
 * <p>Format (version 1): {@code {"version":1,"sources":{"<provider>:<eventKey>":
 * {"watermark":"<ISO instant or null>","rows":{"<id>":"<fingerprint>"}}}}}.
 */
public final class SyncStateFile {

  private final Path path;

  /** A state file at {@code path} (created on the first save). */
  public SyncStateFile(Path path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /** Where the state lives. */
  public Path path() {
    return path;
  }

  /**
   * Reads the state of every source; empty when the file does not exist yet.
   *
   * @throws DecodingException if the file is not a state file
   * @throws UncheckedIOException if it cannot be read
   */
  public Map<String, SourceState> load() {
    if (!Files.exists(path)) {
      return new TreeMap<>();
    }
    try {
      Document doc = Codecs.json().readValue(path.toFile(), Document.class);
      if (doc.version != 1 || doc.sources == null) {
        throw new DecodingException("not a version 1 sync state file: " + path, null, "");
      }
      return new TreeMap<>(doc.sources);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DecodingException("unreadable sync state file " + path + ": " + e.getOriginalMessage(), e, "");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /**
   * Replaces the file's content atomically.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void save(Map<String, SourceState> sources) {
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
      try {
        Codecs.json().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(),
            new Document(1, new TreeMap<>(sources)));
        try {
          Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path, e);
    }
  }

  /**
   * What is known of one source: the latest update time delivered and a fingerprint of every
   * delivered registration. Immutable; a final class rather than a record so it can gain values
   * without breaking callers (a new value becomes a new member of the file's format).
   */
  @JsonPropertyOrder({"watermark", "rows"})
  public static final class SourceState {
    private static final SourceState EMPTY = new SourceState(null, Map.of());

    @JsonProperty("watermark")
    private final Instant watermark;
    @JsonProperty("rows")
    private final Map<String, String> rows;

    /** Copies the rows into a sorted map, so the file is stable. */
    @JsonCreator
    private SourceState(@JsonProperty("watermark") Instant watermark,
        @JsonProperty("rows") Map<String, String> rows) {
      this.watermark = watermark;
      this.rows = rows == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rows));
    }

    /**
     * A source's state.
     *
     * @param watermark the latest update time delivered; null when the source gives none
     * @param rows fingerprint of every delivered registration, by unified id (copied, sorted)
     */
    public static SourceState of(Instant watermark, Map<String, String> rows) {
      return new SourceState(watermark, Objects.requireNonNull(rows, "rows"));
    }

    /** Nothing known yet. */
    public static SourceState empty() {
      return EMPTY;
    }

    /** The latest update time delivered, if the source gives one. */
    public Optional<Instant> watermark() {
      return Optional.ofNullable(watermark);
    }

    /** Fingerprint of every delivered registration, by unified id, sorted. Unmodifiable. */
    public Map<String, String> rows() {
      return rows;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SourceState && Objects.equals(watermark, ((SourceState) o).watermark)
          && rows.equals(((SourceState) o).rows);
    }

    @Override
    public int hashCode() {
      return Objects.hash(watermark, rows);
    }

    @Override
    public String toString() {
      return "SourceState{watermark=" + watermark + ", rows=" + rows.size() + "}";
    }
  }

  private static final class Document {
    @JsonProperty("version")
    final int version;
    @JsonProperty("sources")
    final Map<String, SourceState> sources;

    @JsonCreator
    Document(@JsonProperty("version") int version,
        @JsonProperty("sources") Map<String, SourceState> sources) {
      this.version = version;
      this.sources = sources;
    }
  }
}
