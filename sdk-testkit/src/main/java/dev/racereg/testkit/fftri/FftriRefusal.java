package dev.racereg.testkit.fftri;

import mockwebserver3.MockResponse;

/** A request the FFTri simulator refuses; carries the response to send. */
final class FftriRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient MockResponse response;

  FftriRefusal(MockResponse response) {
    super(null, null, false, false);
    this.response = response;
  }
}
