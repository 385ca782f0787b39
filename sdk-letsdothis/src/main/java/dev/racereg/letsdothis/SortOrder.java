package dev.racereg.letsdothis;

/** A sort direction of the list operations: {@code sort[createdAt]} and {@code sort[updatedAt]}. */
public enum SortOrder {
  /** Oldest first: sent as {@code 1}. */
  ASCENDING("1"),
  /** Newest first: sent as {@code -1}. */
  DESCENDING("-1");

  private final String wireValue;

  SortOrder(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value sent: {@code 1} or {@code -1}. */
  public String wireValue() {
    return wireValue;
  }
}
