package dev.racereg.core.unified;

import dev.racereg.core.model.Registration;
import java.util.Objects;
import java.util.Optional;

/**
 * One change found by {@link IncrementalSync}.
 *
 * @param kind added, updated or removed
 * @param id the registration's unified id ({@code provider:nativeId})
 * @param registration the registration as it is now; null for {@link Kind#REMOVED}
 */
public record SyncChange(Kind kind, String id, Registration registration) {

  /** What changed. */
  public enum Kind {
    /** A registration not seen before. */
    ADDED,
    /** A known registration whose unified fields changed. */
    UPDATED,
    /** A known registration that the platform no longer lists (full-read sources only). */
    REMOVED
  }

  /** Checks consistency: a registration is present unless removed. */
  public SyncChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if ((registration == null) != (kind == Kind.REMOVED)) {
      throw new IllegalArgumentException("a " + kind + " change " + (registration == null ? "needs" : "has no")
          + " registration");
    }
  }

  /** The registration, absent for removals. */
  public Optional<Registration> current() {
    return Optional.ofNullable(registration);
  }
}
