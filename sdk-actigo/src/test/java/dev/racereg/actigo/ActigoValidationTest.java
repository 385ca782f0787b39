package dev.racereg.actigo;

import static dev.racereg.actigo.Fixtures.ACTIVITY;
import static dev.racereg.actigo.Fixtures.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.core.unified.BibAssignment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Everything that breaks a rule is refused before sending, naming the field and the rule. */
class ActigoValidationTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  private static void refused(ThrowingCallable call, String field, String ruleFragment) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(ruleFragment);
    });
  }

  private static SyncPerson.Builder lucie() {
    return SyncPerson.builder().givenName("Lucie").surname("Horáková").sex(Sex.FEMALE).birthDate(LocalDate.of(1992, 4, 18));
  }

  @Test
  void theActivityIdIs24HexDigits() {
    ActigoClient client = Fixtures.client(server, test);
    for (String bad : Arrays.asList(null, "", "638f01d0c5eaf533c891fac", "638f01d0c5eaf533c891fac3a",
        "638f01d0c5eaf533c891fagz", "../../admin/users/000000", "RGZ196")) {
      refused(() -> RegistrationsParams.of(bad), "activityId", bad == null ? "must be set" : "24 hexadecimal digits");
      refused(() -> SyncRegistrationsParams.of(bad, List.of()), "activityId", "");
      refused(() -> SyncResultsParams.of(bad, List.of()), "activityId", "");
      refused(() -> client.registrationSource(bad), "activityId", "");
      refused(() -> client.bibPushTarget(bad), "activityId", "");
    }
    assertThat(RegistrationsParams.of("638F01D0C5EAF533C891FAC3").activityId()).isEqualTo("638F01D0C5EAF533C891FAC3");
  }

  @Test
  void anExternalRegistrationNeedsTheFourPersonFields() {
    refused(() -> RegistrationSyncItem.builder().startNumber("1").build(), "person", "external registration");
    refused(() -> SyncPerson.builder().surname("H").sex(Sex.FEMALE).birthDate(LocalDate.of(1992, 4, 18)).build(),
        "person.givenName", "must be set");
    refused(() -> lucie().surname(" ").build(), "person.surname", "must be set");
    refused(() -> lucie().sex(null).build(), "person.sex", "must be set");
    refused(() -> lucie().birthDate(null).build(), "person.birthDate", "must be set");
    // an insert needs the person data Actigo creates the account from, even with a person id
    refused(() -> RegistrationSyncItem.builder().person(SyncPerson.actigoUser(Fixtures.PERSON)).build(),
        "person.givenName", "must be set");
    assertThat(RegistrationSyncItem.builder().person(lucie().build()).build().person()).isPresent();
    assertThat(RegistrationSyncItem.builder().id(REGISTRATION).person(SyncPerson.actigoUser(Fixtures.PERSON)).build().id())
        .contains(REGISTRATION);
  }

  @Test
  void idsAndStartNumbersAreChecked() {
    refused(() -> RegistrationSyncItem.startNumber("RGZ196", "0001"), "id", "24 hexadecimal digits");
    refused(() -> RegistrationSyncItem.startNumber(REGISTRATION, " "), "startNumber", "must not be blank");
    refused(() -> RegistrationSyncItem.builder().id("x").build(), "id", "24 hexadecimal digits");
    refused(() -> SyncPerson.actigoUser("martin.dufek"), "person.id", "24 hexadecimal digits");
  }

  @Test
  void syncParamsCheckItemsAndChunkSize() {
    RegistrationSyncItem ok = RegistrationSyncItem.startNumber(REGISTRATION, "1");
    refused(() -> SyncRegistrationsParams.of(ACTIVITY, Arrays.asList(ok, null)), "items[1]", "must be set");
    refused(() -> SyncRegistrationsParams.builder().activityId(ACTIVITY).chunkSize(0).build(), "chunkSize", "between 1 and 10000");
    refused(() -> SyncRegistrationsParams.builder().activityId(ACTIVITY).chunkSize(10_001).build(), "chunkSize", "between");
    refused(() -> SyncResultsParams.builder().activityId(ACTIVITY).addResult(null).build(), "results[0]", "must be set");
    assertThat(SyncRegistrationsParams.of(ACTIVITY, List.of(ok)).chunkSize()).isEqualTo(500);
  }

  @Test
  void resultsAreChecked() {
    SyncPerson user = SyncPerson.actigoUser(Fixtures.PERSON);
    refused(() -> ActigoResult.builder().build(), "person", "must be set");
    refused(() -> ActigoResult.builder().person(user).position(0).build(), "position", "at least 1");
    refused(() -> ActigoResult.builder().person(user).positionByCategory(-1).build(), "positionByCategory", "at least 1");
    refused(() -> ActigoResult.builder().person(user).positionBySex(0).build(), "positionBySex", "at least 1");
    refused(() -> ActigoResult.builder().person(user).time(Duration.ofMillis(-1)).build(), "time", "must not be negative");
    refused(() -> new SplitTime(BigDecimal.ZERO, Instant.EPOCH), "splitTimes.distance", "must be positive");
    refused(() -> new SplitTime(BigDecimal.ONE, null), "splitTimes.time", "must be set");
    refused(() -> SplitTime.ofKilometres(Double.NaN, Instant.EPOCH), "splitTimes.distance", "finite");
    refused(() -> ActigoResult.builder().person(lucie().givenName(null).build()).build(), "person.givenName", "must be set");
  }

  @Test
  void credentialsAreChecked() {
    refused(() -> ActigoCredentials.of(" ", "secret-value"), "keyName", "must not be blank");
    refused(() -> ActigoCredentials.of("a:b", "secret-value"), "keyName", "':'");
    refused(() -> ActigoCredentials.of("key", ""), "keySecret", "must not be blank");
    refused(() -> ActigoCredentials.of("key", "abc"), "keySecret", "at least 4");
    refused(() -> ActigoClient.builder().build(), "credentials", "must be set");
  }

  @Test
  void bibAssignmentsAreCheckedBeforeAnyChunkLeaves() {
    ActigoBibPushTarget target = Fixtures.client(server, test).bibPushTarget(ACTIVITY);
    refused(() -> target.pushBibs(List.of(new BibAssignment(REGISTRATION, "1"), new BibAssignment("pace:123", "2"))),
        "assignments[1].nativeId", "24 hexadecimal digits");
    refused(() -> target.pushBibs(List.of(new BibAssignment(REGISTRATION, "1"), new BibAssignment(REGISTRATION.toUpperCase(), "2"))),
        "assignments[1].nativeId", "also at assignments[0]");
    refused(() -> ActigoBibPushTarget.builder(Fixtures.client(server, test), ACTIVITY).chunkSize(0).build(), "chunkSize", "between");
  }
}
