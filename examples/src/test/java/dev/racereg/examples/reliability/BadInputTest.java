package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupOAuth;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R5: bad input is refused before anything is sent, with a {@link ValidationException} that names
 * the field: every client builder (null or missing credentials, null options), the credentials
 * themselves, every operation of every client given a null where its parameters belong, and every
 * parameters builder built with nothing set.
 */
class BadInputTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  static Stream<Arguments> builders() {
    Map<String, Executable> cases = new java.util.LinkedHashMap<>();
    ClientOptions o = ClientOptions.defaults();
    cases.put("PaceClient credentials(null)", () -> PaceClient.builder().credentials(null));
    cases.put("PaceClient options(null)", () -> PaceClient.builder().options(null));
    cases.put("PaceClient without credentials", () -> PaceClient.builder().options(o).build());
    cases.put("PaceCredentials.of(null, null)", () -> PaceCredentials.of(null, (String) null));
    cases.put("ActigoClient credentials(null)", () -> ActigoClient.builder().credentials(null));
    cases.put("ActigoClient options(null)", () -> ActigoClient.builder().options(null));
    cases.put("ActigoClient without credentials", () -> ActigoClient.builder().options(o).build());
    cases.put("ActigoCredentials.of(null, null)", () -> ActigoCredentials.of(null, null));
    cases.put("RunSignupClient credentials(null)", () -> RunSignupClient.builder().credentials(null));
    cases.put("RunSignupClient options(null)", () -> RunSignupClient.builder().options(null));
    cases.put("RunSignupClient without credentials", () -> RunSignupClient.builder().options(o).build());
    cases.put("RunSignupCredentials.apiKey(null, null)", () -> RunSignupCredentials.apiKey(null, null));
    cases.put("LetsDoThisClient credentials(null)", () -> LetsDoThisClient.builder().credentials(null).build());
    cases.put("LetsDoThisClient options(null)", () -> LetsDoThisClient.builder().options(null));
    cases.put("LetsDoThisClient without credentials", () -> LetsDoThisClient.builder().options(o).build());
    cases.put("LetsDoThisCredentials.of(null)", () -> LetsDoThisCredentials.of((String) null));
    cases.put("FftriClient credentials(null)", () -> FftriClient.builder().credentials(null));
    cases.put("FftriClient options(null)", () -> FftriClient.builder().options(null));
    cases.put("FftriClient without credentials", () -> FftriClient.builder().options(o).build());
    cases.put("FftriCredentials.of(null, null)", () -> FftriCredentials.of(null, null));
    cases.put("FftriCredentials.of(null, null, null)", () -> FftriCredentials.of(null, null, null));
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void everyClientBuilderRefusesMissingCredentialsAndOptionsNamingTheField(String name, Executable call) {
    Throwable thrown = catchThrowable(call::execute);

    assertThat(thrown).as(name).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).field()).as(name).isNotBlank();
  }

  /** One client of each kind on the mock server (which must never be called). */
  private List<Object> clients() {
    Function<String, ClientOptions> o = path -> test.options(server.url(path).toString());
    return List.of(
        PaceClient.builder().credentials(PaceCredentials.of("id", Canaries.PACE_SECRET)).options(o.apply("/api")).build(),
        ActigoClient.builder().credentials(ActigoCredentials.of("key", Canaries.ACTIGO)).options(o.apply("/api")).build(),
        RunSignupClient.builder().credentials(RunSignupCredentials.apiKey("key", Canaries.RUNSIGNUP))
            .options(o.apply("/Rest")).build(),
        RunSignupOAuth.create(o.apply("/Rest")),
        LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(SafeCalls.ldtKey())).options(o.apply("/v0"))
            .build(),
        FftriClient.builder().credentials(FftriCredentials.of("user", Canaries.FFTRI_API_KEY, Canaries.FFTRI_PASSPHRASE))
            .options(o.apply("/api")).build());
  }

  @Test
  void everyOperationGivenNullParametersThrowsAValidationExceptionAndSendsNothing() throws Exception {
    List<String> operations = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Object client : clients()) {
      for (Method m : client.getClass().getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() == 0
            || Stream.of(m.getParameterTypes()).anyMatch(Class::isPrimitive)) {
          continue;
        }
        String name = client.getClass().getSimpleName() + "." + m.getName() + List.of(m.getParameterTypes()).stream()
            .map(Class::getSimpleName).toList();
        operations.add(name);
        Throwable thrown;
        try {
          Object result = m.invoke(client, new Object[m.getParameterCount()]);
          thrown = null;
          if (result instanceof AutoCloseable c) {
            c.close();
          }
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        if (!(thrown instanceof ValidationException v) || v.field().isBlank()) {
          wrong.add(name + " -> " + thrown);
        }
      }
    }
    System.out.printf("bad input: %d operations given null parameters%n", operations.size());
    assertThat(wrong).as("operations that accept a null or fail otherwise").isEmpty();
    assertThat(operations).hasSizeGreaterThan(40);
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @Test
  void everyParametersBuilderBuiltWithNothingSetIsValidOrNamesTheMissingField() throws Exception {
    List<String> built = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String type : paramsTypes()) {
      Class<?> params = Class.forName(type);
      Method builder;
      try {
        builder = params.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      Object b = builder.invoke(null);
      Throwable thrown = null;
      try {
        b.getClass().getMethod("build").invoke(b);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      built.add(params.getSimpleName());
      if (thrown != null && !(thrown instanceof ValidationException v && !v.field().isBlank())) {
        wrong.add(params.getSimpleName() + " -> " + thrown);
      }
    }
    System.out.printf("bad input: %d parameters builders built empty%n", built.size());
    assertThat(wrong).isEmpty();
    assertThat(built).hasSizeGreaterThan(30);
  }

  /** The public parameters classes of every provider module, from their API dumps. */
  private static List<String> paramsTypes() throws IOException {
    List<String> types = new ArrayList<>();
    for (String module : List.of("sdk-pace", "sdk-actigo", "sdk-runsignup", "sdk-letsdothis", "sdk-fftri")) {
      for (String line : Files.readAllLines(Path.of("..", module, "api", module + ".api"))) {
        String[] words = line.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
          if (words[i].equals("class") && words[i + 1].endsWith("Params") && !line.contains("abstract")) {
            types.add(words[i + 1]);
          }
        }
      }
    }
    return types;
  }
}
