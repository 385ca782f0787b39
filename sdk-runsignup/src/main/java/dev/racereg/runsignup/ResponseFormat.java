package dev.racereg.runsignup;

/**
 * The format RunSignup answers in ({@code format}): XML when not sent, JSON preferred. The client
 * always asks for one explicitly.
 */
public enum ResponseFormat {
  /** {@code format=json}. */
  JSON("json"),
  /** {@code format=xml}. */
  XML("xml");

  private final String wire;

  ResponseFormat(String wire) {
    this.wire = wire;
  }

  /** The parameter value. */
  public String wireValue() {
    return wire;
  }
}
