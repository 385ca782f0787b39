package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.actigo.ActigoBibPushTarget;
import dev.racereg.actigo.ActigoRegistrationSource;
import dev.racereg.actigo.ActigoResultPushTarget;
import dev.racereg.core.error.ValidationException;
import dev.racereg.fftri.FftriLicenceVerifier;
import dev.racereg.runsignup.RunSignupRegistrationSource;
import dev.racereg.runsignup.RunSignupResultPushTarget;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unified sources and push targets a user builds by hand refuse a missing client the way
 * every client builder does: a {@link ValidationException} naming {@code client}, not a bare
 * {@code NullPointerException}.
 */
class UnifiedBuildersBadInputTest {

  static Stream<Arguments> builders() {
    return Stream.of(
        Arguments.of("ActigoBibPushTarget.builder", (Executable) () -> ActigoBibPushTarget.builder(null, "a1")),
        Arguments.of("ActigoResultPushTarget.builder", (Executable) () -> ActigoResultPushTarget.builder(null, "a1")),
        Arguments.of("new ActigoRegistrationSource", (Executable) () -> new ActigoRegistrationSource(null, "a1")),
        Arguments.of("FftriLicenceVerifier.builder", (Executable) () -> FftriLicenceVerifier.builder(null)),
        Arguments.of("RunSignupRegistrationSource.builder", (Executable) () -> RunSignupRegistrationSource.builder(null)),
        Arguments.of("RunSignupResultPushTarget.builder", (Executable) () -> RunSignupResultPushTarget.builder(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void aMissingClientIsAValidationExceptionNamingIt(String name, Executable build) {
    assertThatThrownBy(build::execute).as(name).isInstanceOf(ValidationException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ValidationException) e).field())
            .isEqualTo("client"));
  }
}
