package dev.racereg.fftri;

/** Which passes {@link FftriClient#listPasses(ListPassesParams)} returns, by payment ({@code is_paid}). */
public enum PaidFilter {
  /** {@code 0}: unpaid passes only. */
  UNPAID("0"),
  /** {@code 1}: paid passes only. */
  PAID("1"),
  /** {@code 3}: every pass. */
  ALL("3");

  private final String wire;

  PaidFilter(String wire) {
    this.wire = wire;
  }

  /** The path segment sent: {@code 0}, {@code 1} or {@code 3}. */
  public String wireValue() {
    return wire;
  }
}
