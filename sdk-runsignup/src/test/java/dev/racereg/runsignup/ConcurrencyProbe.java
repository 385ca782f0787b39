package dev.racereg.runsignup;

/** Test access to a client's concurrency limit: waits until callers queue for a slot. */
final class ConcurrencyProbe {

  private final RunSignupClient client;

  ConcurrencyProbe(RunSignupClient client) {
    this.client = client;
  }

  /** Spins (yielding, no sleep) until {@code count} callers wait for a slot. */
  void awaitWaiting(int count) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (client.limit().waiting() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + client.limit().waiting() + " callers waiting for a slot");
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }
}
