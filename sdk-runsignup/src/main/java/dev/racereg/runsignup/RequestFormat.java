package dev.racereg.runsignup;

/**
 * The format of a request document ({@code request_format}): RunSignup defaults to XML but
 * prefers JSON, and so does this client.
 */
public enum RequestFormat {
  /** {@code request_format=json}. */
  JSON("json"),
  /** {@code request_format=xml}. */
  XML("xml");

  private final String wire;

  RequestFormat(String wire) {
    this.wire = wire;
  }

  /** The parameter value. */
  public String wireValue() {
    return wire;
  }
}
