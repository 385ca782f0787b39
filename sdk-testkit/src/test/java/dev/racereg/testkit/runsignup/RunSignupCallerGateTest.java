package dev.racereg.testkit.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.testkit.Fault;
import dev.racereg.testkit.SimRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The 2027 rules of the simulator: caller registration, two calls at a time, the CDN's 522. */
class RunSignupCallerGateTest {

  private static String race(RunSignupSimulator sim, String registration) {
    return "/race/" + sim.raceId() + "?format=json" + registration;
  }

  private static Headers secret(String value) {
    return Headers.of("X-RSU-API-REG-SECRET", value);
  }

  @Test
  void aWrongRegistrationIs400Code17EvenWhenNotRequired() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(5).build().start()) {
      Rsu.Reply wrong = Rsu.get(sim, race(sim, "&rsu_api_reg=" + sim.credentials().callerRegistrationToken()), secret("nope"));
      assertThat(wrong.code()).isEqualTo(400);
      assertThat(wrong.errorCode()).isEqualTo(17);
      assertThat(wrong.json().path("error").path("error_msg").asText()).isEqualTo("Invalid API caller credentials.");
      assertThat(Rsu.get(sim, race(sim, "")).code()).isEqualTo(200); // none is fine until required
    }
  }

  @Test
  void whenRequiredAMissingRegistrationIsRefusedAndTheRightOneAccepted() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(5).requireCallerRegistration(true)
        .callerRegistration("77.reg-token", "reg-secret").build().start()) {
      Rsu.Reply missing = Rsu.get(sim, race(sim, ""));
      assertThat(missing.code()).isEqualTo(RsuCallerGate.MISSING_STATUS);
      assertThat(missing.errorCode()).isEqualTo(RsuCallerGate.MISSING_CODE);
      Rsu.Reply ok = Rsu.get(sim, race(sim, "&rsu_api_reg=77.reg-token"), secret("reg-secret"));
      assertThat(ok.code()).isEqualTo(200);
      assertThat(ok.json().path("race").path("race_id").asLong()).isEqualTo(sim.raceId());
      // the token without the secret is a wrong registration, not a missing one
      assertThat(Rsu.get(sim, race(sim, "&rsu_api_reg=77.reg-token")).errorCode()).isEqualTo(17);
    }
  }

  @Test
  void aThirdConcurrentCallIsThrottledWithCode14() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(5).build().start()) {
      Rsu.get(sim, race(sim, ""));
      SimRequest request = sim.requests().get(0);
      RsuCallerGate gate = new RsuCallerGate("1.t", "s", false, 2);
      assertThat(gate.enter(request)).isEmpty();
      assertThat(gate.enter(request)).isEmpty();
      assertThat(gate.enter(request)).hasValueSatisfying(e -> assertThat(e.code).isEqualTo(14));
      gate.exit();
      assertThat(gate.enter(request)).isEmpty(); // a freed slot is usable again
      assertThat(gate.maxInFlight()).isEqualTo(2);
      assertThat(gate.throttled()).isEqualTo(1);
    }
  }

  @Test
  void theCdnTimeoutFaultIsA522Page() {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(5).build().start()) {
      Fault fault = RunSignupFaults.cdnTimeout();
      sim.faults().next(fault);
      Rsu.Reply reply = Rsu.get(sim, race(sim, ""));
      assertThat(reply.code()).isEqualTo(522);
      assertThat(reply.contentType()).startsWith("text/html");
      assertThat(Rsu.get(sim, race(sim, "")).code()).isEqualTo(200);
    }
  }
}
