package dev.racereg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RunConfigTest {

  @Test
  void quickRunIsShorterButKeepsTenThousandSmallCalls() {
    RunConfig full = RunConfig.parse(new String[0]);
    RunConfig quick = RunConfig.parse(new String[] {"--quick"});
    assertThat(quick.quick()).isTrue();
    assertThat(quick.rounds()).isLessThan(full.rounds());
    assertThat(quick.smallCalls()).isGreaterThanOrEqualTo(10_000);
    assertThat(full.smallCalls()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void onlyRunsTheNamedGroups() {
    RunConfig config = RunConfig.parse(new String[] {"--only", "P2,p5", "--quick"});
    assertThat(config.only()).isEqualTo(Set.of("p2", "p5"));
    assertThat(config.runs("p2")).isTrue();
    assertThat(config.runs("p1")).isFalse();
    assertThat(RunConfig.parse(new String[0]).runs("p1")).isTrue();
  }

  @Test
  void refusesUnknownArgumentsAndGroups() {
    assertThatThrownBy(() -> RunConfig.parse(new String[] {"--fast"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fast");
    assertThatThrownBy(() -> RunConfig.parse(new String[] {"--only", "p9"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p9");
  }
}
