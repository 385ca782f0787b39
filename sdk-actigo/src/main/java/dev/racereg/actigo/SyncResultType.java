package dev.racereg.actigo;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * What Actigo did with one item of a sync ({@code syncResultType} in its answer). Open: a value
 * this SDK does not declare parses and keeps its spelling ({@link #isKnown()} is false).
 */
public final class SyncResultType extends OpenEnum {

  private static final Values<SyncResultType> VALUES = new Values<>(SyncResultType::new);

  /** {@code Created}: a new record (an external registration or result) was inserted. */
  public static final SyncResultType CREATED = VALUES.known("Created");
  /** {@code Updated}: an existing record was changed. */
  public static final SyncResultType UPDATED = VALUES.known("Updated");
  /** {@code Unchanged}: the record already held these values. */
  public static final SyncResultType UNCHANGED = VALUES.known("Unchanged");
  /** {@code Deleted}: the record was deleted (Actigo does not support deletion yet). */
  public static final SyncResultType DELETED = VALUES.known("Deleted");
  /** {@code Skipped}: the record exists and updating it this way is not supported. */
  public static final SyncResultType SKIPPED = VALUES.known("Skipped");

  private SyncResultType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown type keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static SyncResultType of(String value) {
    return VALUES.of(value);
  }

  /** Whether Actigo now holds what was sent: {@link #CREATED}, {@link #UPDATED} or {@link #UNCHANGED}. */
  public boolean holdsSentValues() {
    return equals(CREATED) || equals(UPDATED) || equals(UNCHANGED);
  }
}
