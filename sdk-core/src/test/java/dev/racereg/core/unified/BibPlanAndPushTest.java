package dev.racereg.core.unified;

import static dev.racereg.core.unified.Fixtures.reg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BibPlanAndPushTest {

  private final Registration a = reg("x", "1", "Ann", "Adams", null, "10K");
  private final Registration b = reg("x", "2", "Bob", "Brown", null, "10K").toBuilder().bib("101").build();
  private final Registration c = reg("y", "3", "Cid", "Clark", null, "10K");
  private final Registration d = reg("y", "4", "Dee", "Dunn", null, "5K");
  private final Registration pending = reg("y", "5", "Eve", "Evans", null, "5K").toBuilder()
      .status(RegistrationStatus.PENDING).build();

  @Test
  void assignsPerRaceSkippingTakenNumbersAndKeepingExistingBibs() {
    BibPlan plan = BibPlan.builder().firstForRace("10K", 100).firstForRace("5K", 500).width(4).build();

    List<Registration> assigned = plan.assign(StartList.of(List.of(a, b, c, d, pending)));

    assertThat(assigned).extracting(Registration::id, r -> r.bib().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x:1", "0100"),
            org.assertj.core.groups.Tuple.tuple("y:3", "0102"),
            org.assertj.core.groups.Tuple.tuple("y:4", "0500"));
  }

  @Test
  void unpaddedBibsSkipAnExistingEqualNumber() {
    List<Registration> assigned = BibPlan.builder().defaultFirst(101).build()
        .assign(StartList.of(List.of(a, b)));
    assertThat(assigned).singleElement().satisfies(r -> assertThat(r.bib()).contains("102"));
  }

  @Test
  void planRejectsNegativeNumbers() {
    assertThatThrownBy(() -> BibPlan.builder().defaultFirst(-1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("defaultFirst");
  }

  @Test
  void pushReportsEveryRowInInputOrderAcrossTargetsAndFailures() {
    List<List<BibAssignment>> seen = new ArrayList<>();
    BibPushTarget x = target("x", list -> {
      seen.add(list);
      return list.stream().map(as -> BibPushOutcome.of(as, as.bib().equals("101")
          ? BibPushOutcome.Status.UNCHANGED : BibPushOutcome.Status.APPLIED, null)).toList();
    });
    BibPushTarget y = target("y", list -> {
      throw new TransportException("read timed out", new IOException("timeout"), true, false);
    });
    List<Registration> rows = List.of(
        a.toBuilder().bib("100").build(), c.toBuilder().bib("102").build(), b,
        reg("z", "9", "Zed", "Zane", null, "5K").toBuilder().bib("900").build(), pending);

    BibPush.Report report = BibPush.push(rows, Map.of("x", x, "y", y));

    assertThat(report.rows()).extracting(BibPush.Row::registrationId)
        .containsExactly("x:1", "y:3", "x:2", "z:9");
    assertThat(report.rows()).extracting(r -> r.outcome().status()).containsExactly(
        BibPushOutcome.Status.APPLIED, BibPushOutcome.Status.UNKNOWN, BibPushOutcome.Status.UNCHANGED,
        BibPushOutcome.Status.SKIPPED);
    assertThat(seen).singleElement().satisfies(list -> assertThat(list).containsExactly(
        new BibAssignment("1", "100"), new BibAssignment("2", "101")));
    assertThat(report.counts()).containsEntry(BibPushOutcome.Status.APPLIED, 1L)
        .containsEntry(BibPushOutcome.Status.UNKNOWN, 1L);
    assertThat(report.allSettled()).isFalse();
  }

  @Test
  void validationFailureMeansNothingWasSent() {
    BibPushTarget strict = target("x", list -> {
      throw new ValidationException("bib", "must be numeric");
    });
    BibPush.Report report = BibPush.push(List.of(a.toBuilder().bib("A1").build()), Map.of("x", strict));
    assertThat(report.rows()).singleElement().satisfies(r -> {
      assertThat(r.outcome().status()).isEqualTo(BibPushOutcome.Status.FAILED);
      assertThat(r.outcome().message()).hasValue("bib: must be numeric");
    });
  }

  private static BibPushTarget target(String provider,
      java.util.function.Function<List<BibAssignment>, List<BibPushOutcome>> fn) {
    return new BibPushTarget() {
      @Override
      public String provider() {
        return provider;
      }

      @Override
      public List<BibPushOutcome> pushBibs(List<BibAssignment> assignments) {
        return fn.apply(assignments);
      }
    };
  }
}
