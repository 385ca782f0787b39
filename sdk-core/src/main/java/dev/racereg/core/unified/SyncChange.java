package dev.racereg.core.unified;

import dev.racereg.core.model.Registration;
import java.util.Objects;
import java.util.Optional;

/**
 * One change found by {@link IncrementalSync}. Immutable; a final class rather than a record so
 * it can gain values without breaking callers.
 */
public final class SyncChange {

  /** What changed. */
  public enum Kind {
    /** A registration not seen before. */
    ADDED,
    /** A known registration whose unified fields changed. */
    UPDATED,
    /** A known registration that the platform no longer lists (full-read sources only). */
    REMOVED
  }

  private final Kind kind;
  private final String id;
  private final Registration registration;

  private SyncChange(Kind kind, String id, Registration registration) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    if ((registration == null) != (kind == Kind.REMOVED)) {
      throw new IllegalArgumentException("a " + kind + " change "
          + (registration == null ? "needs" : "has no") + " registration");
    }
    this.registration = registration;
  }

  /**
   * A change.
   *
   * @param kind added, updated or removed
   * @param id the registration's unified id ({@code provider:nativeId})
   * @param registration the registration as it is now; null for {@link Kind#REMOVED}
   * @throws IllegalArgumentException if the registration is null for an addition or update, or
   *     present for a removal
   */
  public static SyncChange of(Kind kind, String id, Registration registration) {
    return new SyncChange(kind, id, registration);
  }

  /** Added, updated or removed. */
  public Kind kind() {
    return kind;
  }

  /** The registration's unified id ({@code provider:nativeId}). */
  public String id() {
    return id;
  }

  /** The registration as it is now; empty for {@link Kind#REMOVED}. */
  public Optional<Registration> registration() {
    return Optional.ofNullable(registration);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyncChange && kind == ((SyncChange) o).kind
        && id.equals(((SyncChange) o).id)
        && Objects.equals(registration, ((SyncChange) o).registration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, registration);
  }

  @Override
  public String toString() {
    return "SyncChange{" + kind + " " + id + "}";
  }
}
