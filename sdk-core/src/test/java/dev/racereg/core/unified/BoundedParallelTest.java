package dev.racereg.core.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Licence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedParallelTest {

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for other calls");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void keepsInputOrderWhateverTheCompletionOrder() {
    int n = 8;
    // item i may finish only after item i + 1 has: completion order is the reverse of input order
    List<CountDownLatch> done = IntStream.range(0, n).mapToObj(i -> new CountDownLatch(1)).toList();
    List<Integer> completion = java.util.Collections.synchronizedList(new ArrayList<>());

    List<String> results = BoundedParallel.map(range(n), n, i -> {
      if (i < n - 1) {
        await(done.get(i + 1));
      }
      completion.add(i);
      done.get(i).countDown();
      return "r" + i;
    }, (i, failure) -> "failed " + i);

    assertThat(completion).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
    assertThat(results).containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7");
  }

  @Test
  void neverExceedsTheConcurrencyAndReachesIt() {
    int limit = 4;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    // the first calls wait until `limit` of them run at once, proving the limit is reached
    CountDownLatch firstWave = new CountDownLatch(limit);

    List<Integer> results = BoundedParallel.map(range(60), limit, i -> {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
      firstWave.countDown();
      await(firstWave);
      inFlight.decrementAndGet();
      return i * 2;
    }, (i, failure) -> -1);

    assertThat(maxInFlight).hasValue(limit);
    assertThat(threads).hasSizeLessThanOrEqualTo(limit).allMatch(name -> name.startsWith("racereg-bulk#"));
    assertThat(results).hasSize(60).containsExactlyElementsOf(range(60).stream().map(i -> i * 2).toList());
  }

  @Test
  void concurrencyOfOneRunsOneAtATime() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();

    BoundedParallel.map(range(30), 1, i -> {
      if (inFlight.incrementAndGet() > 1) {
        overlapped.set(true);
      }
      inFlight.decrementAndGet();
      return i;
    }, (i, failure) -> -1);

    assertThat(overlapped).isFalse();
  }

  @Test
  void failuresBecomeResults() {
    List<String> results = BoundedParallel.map(range(6), 3, i -> {
      if (i == 2) {
        throw new IllegalStateException("boom " + i);
      }
      if (i == 4) {
        throw new AssertionError("not an exception " + i);
      }
      return "ok " + i;
    }, (i, failure) -> "failed " + i + ": " + failure.getMessage());

    assertThat(results).containsExactly("ok 0", "ok 1", "failed 2: boom 2", "ok 3", "failed 4: not an exception 4",
        "ok 5");
  }

  @Test
  void refusesAConcurrencyBelowOneAndHandlesNoInput() {
    assertThatThrownBy(() -> BoundedParallel.map(range(3), 0, i -> i, (i, f) -> i))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("concurrency");
          assertThat(e.getMessage()).isEqualTo("concurrency: must be at least 1, was 0");
        });
    assertThat(BoundedParallel.map(List.<Integer>of(), 5, i -> i, (i, f) -> i)).isEmpty();
  }

  @Test
  void verifyAllTurnsFailuresIntoErrorResultsInOrder() {
    LicenceVerifier verifier = new LicenceVerifier() {
      @Override
      public String federation() {
        return "FFTRI";
      }

      @Override
      public LicenceCheck verify(LicenceQuery query) {
        switch (query.licenceNumber()) {
          case "A1":
            return LicenceCheck.of(query, LicenceCheck.Outcome.VALID,
                Licence.builder().federation("FFTRI").number("A1").build(), null);
          case "404":
            throw new NotFoundException(ErrorDetails.builder(404, "GET", "https://h/licences/404").providerMessage("unknown").build());
          default:
            throw new IllegalStateException("socket exploded");
        }
      }
    };

    List<LicenceCheck> checks = verifier.verifyAll(List.of(LicenceQuery.of("A1", "2026", "reg-1"),
        LicenceQuery.of("404"), LicenceQuery.of("B2")), 2);

    assertThat(checks).extracting(LicenceCheck::outcome).containsExactly(LicenceCheck.Outcome.VALID,
        LicenceCheck.Outcome.ERROR, LicenceCheck.Outcome.ERROR);
    assertThat(checks.get(0).query().reference()).contains("reg-1");
    assertThat(checks.get(0).licence()).isPresent();
    assertThat(checks.get(1).message()).contains("HTTP 404 from GET https://h/licences/404: unknown");
    assertThat(checks.get(2).message()).contains("java.lang.IllegalStateException: socket exploded");
    assertThat(checks.get(2).licence()).isEmpty();
  }

  @Test
  void unifiedValuesRefuseMissingParts() {
    assertThatThrownBy(() -> new BibAssignment("R1", " ")).isInstanceOf(ValidationException.class)
        .hasMessage("bib: must not be blank");
    assertThatThrownBy(() -> new BibAssignment(null, "12")).isInstanceOf(ValidationException.class)
        .hasMessage("nativeId: must not be blank");
    assertThatThrownBy(() -> LicenceQuery.of("")).isInstanceOf(ValidationException.class)
        .hasMessage("licenceNumber: must not be blank");
    assertThatThrownBy(() -> LicenceCheck.of(null, LicenceCheck.Outcome.VALID, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BibPushOutcome.of(new BibAssignment("R1", "1"), null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void bibOutcomeSaysWhetherThePlatformHoldsTheBib() {
    BibAssignment a = new BibAssignment("R1", "0042");

    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED, null).succeeded()).isTrue();
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.UNCHANGED, null).succeeded()).isTrue();
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.SKIPPED, "locked").succeeded()).isFalse();
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.FAILED, "x").message()).contains("x");
    assertThat(BibPushOutcome.of(a, BibPushOutcome.Status.UNKNOWN, null).succeeded()).isFalse();
  }
}
