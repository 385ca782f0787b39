package dev.racereg.core.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unified result, its splits and status, and the push wrapper that never drops a row. */
class ResultTest {

  private static Result finisher(String bib) {
    return Result.builder().bib(bib).chipTime(Duration.ofMinutes(42)).overallPlace(1).build();
  }

  @Test
  void aResultNeedsARegistrationIdOrABibAndSanePlacesAndTimes() {
    assertThatThrownBy(() -> Result.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("registrationId");
    assertThatThrownBy(() -> Result.builder().bib("7").overallPlace(0).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("overallPlace");
    assertThatThrownBy(() -> Result.builder().bib("7").chipTime(Duration.ofSeconds(-1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("chipTime");
    Result r = Result.builder().registrationId(" 123 ").bib(" ").status(ResultStatus.DNF).build();
    assertThat(r.registrationId()).contains("123");
    assertThat(r.bib()).isEmpty();
    assertThat(r.who()).isEqualTo("123");
    assertThat(r.toBuilder().build()).isEqualTo(r);
  }

  @Test
  void statusIsOpenAndSplitsKeepNameOrDistance() {
    assertThat(ResultStatus.of("DSQ")).isSameAs(ResultStatus.DSQ);
    assertThat(ResultStatus.of("OTL").isKnown()).isFalse();
    assertThat(ResultStatus.of("OTL").value()).isEqualTo("OTL");
    assertThat(ResultStatus.FINISHED.finished()).isTrue();
    assertThat(Split.atDistance(new BigDecimal("5.000"), Duration.ofMinutes(20)))
        .isEqualTo(Split.atDistance(new BigDecimal("5"), Duration.ofMinutes(20)));
    assertThat(Split.named("Halfway", Duration.ofMinutes(20)).distanceKm()).isEmpty();
    assertThatThrownBy(() -> Split.of(" ", null, Duration.ZERO)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Split.atDistance(BigDecimal.ZERO, Duration.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("distanceKm");
  }

  @Test
  void aTargetThatThrowsGivesEveryRowAnOutcomeThatSaysWhetherItMayHaveLanded() {
    List<Result> rows = List.of(finisher("1"), finisher("2"));
    ResultPush.Report refused = ResultPush.push(throwing(new TransportException("refused", null, false, false)), rows);
    assertThat(refused.rows()).extracting(ResultPushOutcome::status)
        .containsExactly(ResultPushOutcome.Status.NOT_SENT, ResultPushOutcome.Status.NOT_SENT);
    ResultPush.Report lost = ResultPush.push(throwing(new TransportException("timeout", null, true, true)), rows);
    assertThat(lost.counts()).containsEntry(ResultPushOutcome.Status.UNKNOWN, 2L);
    assertThat(lost.rows().get(1).result()).isEqualTo(rows.get(1));
    assertThat(lost.allApplied()).isFalse();
  }

  @Test
  void aTargetAnsweringTheWrongNumberOfRowsIsNotTrusted() {
    ResultPushTarget dropsOne = target(results -> new ArrayList<>(results.stream()
        .map(r -> ResultPushOutcome.applied(r, null)).toList().subList(0, 1)));
    ResultPush.Report report = ResultPush.push(dropsOne, List.of(finisher("1"), finisher("2")));
    assertThat(report.counts()).containsEntry(ResultPushOutcome.Status.UNKNOWN, 2L);
    ResultPush.Report ok = ResultPush.push(target(results -> results.stream()
        .map(r -> ResultPushOutcome.applied(r, null)).toList()), List.of(finisher("1")));
    assertThat(ok.allApplied()).isTrue();
  }

  private static ResultPushTarget throwing(RuntimeException e) {
    return target(results -> {
      throw e;
    });
  }

  private static ResultPushTarget target(java.util.function.Function<List<Result>, List<ResultPushOutcome>> f) {
    return new ResultPushTarget() {
      @Override
      public String provider() {
        return "test";
      }

      @Override
      public List<ResultPushOutcome> pushResults(List<Result> results) {
        return f.apply(results);
      }
    };
  }
}
