package dev.racereg.letsdothis;

/**
 * The external id types a partner can be looked up and updated by ({@code ?externalId=...}). A
 * closed set: the platform's reference lists exactly these three for the query parameter.
 */
public enum ExternalIdType {
  /** {@code enthuse}. */
  ENTHUSE("enthuse"),
  /** {@code justGiving}. */
  JUST_GIVING("justGiving"),
  /** {@code londonMarathon}. */
  LONDON_MARATHON("londonMarathon");

  private final String wireValue;

  ExternalIdType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value sent in {@code externalId}, e.g. {@code justGiving}. */
  public String wireValue() {
    return wireValue;
  }
}
