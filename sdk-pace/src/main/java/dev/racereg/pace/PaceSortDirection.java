package dev.racereg.pace;

/**
 * The order of a participant export, by the {@code "Updated at"} column. PACE's default is
 * {@link #DESC} (most recently updated first).
 */
public enum PaceSortDirection {
  /** Most recently updated first ({@code desc}), PACE's default. */
  DESC("desc"),
  /** Oldest update first ({@code asc}): suits incremental syncs that advance a watermark. */
  ASC("asc");

  private final String code;

  PaceSortDirection(String code) {
    this.code = code;
  }

  /** The value sent on the wire: {@code desc} or {@code asc}. */
  public String code() {
    return code;
  }
}
