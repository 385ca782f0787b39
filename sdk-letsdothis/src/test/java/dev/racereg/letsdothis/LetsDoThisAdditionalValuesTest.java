package dev.racereg.letsdothis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.paging.Page;
import dev.racereg.core.testing.TestOptions;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What the SDK does not know yet still reaches the platform: an additional query parameter,
 * header and (for the operations with a JSON body) body property, set on the params.
 */
class LetsDoThisAdditionalValuesTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions test = new TestOptions();

  private LetsDoThisClient client() {
    return Fixtures.client(server.url("/v0").toString(), test);
  }

  @Test
  void aReadSendsTheAdditionalQueryParameterAndHeader() throws Exception {
    server.enqueue(Fixtures.fixture("participant.json"));
    client().getParticipant(GetParticipantParams.builder().id("p1").extendMetadata(true)
        .putAdditionalQueryParam("include", "waves").putAdditionalHeader("X-Beta", "on").build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).isEqualTo("/v0/participants/p1?extendMetadata=true&include=waves");
    assertThat(r.getHeaders().get("X-Beta")).isEqualTo("on");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.validKey());
  }

  @Test
  void everyPageOfAListSendsTheAdditionalValues() throws Exception {
    server.enqueue(Fixtures.json(200, "{\"data\":[{\"id\":\"a\"}],\"page\":{\"next\":\"c2\"}}"));
    server.enqueue(Fixtures.json(200, Fixtures.emptyPage()));
    Page<LetsDoThisParticipant> first = client().listRaceParticipants(ListRaceParticipantsParams.builder()
        .raceId("r1").pageSize(1).putAdditionalQueryParam("country", "GB")
        .putAdditionalHeader("X-Beta", "on").build());
    List<LetsDoThisParticipant> all = first.autoPagingStream().toList();

    assertThat(all).hasSize(1);
    RecordedRequest one = server.takeRequest();
    RecordedRequest two = server.takeRequest();
    assertThat(one.getTarget()).isEqualTo("/v0/races/r1/participants?page%5Bsize%5D=1&country=GB");
    assertThat(two.getTarget())
        .isEqualTo("/v0/races/r1/participants?page%5Bsize%5D=1&page%5Bafter%5D=c2&country=GB");
    assertThat(one.getHeaders().get("X-Beta")).isEqualTo("on");
    assertThat(two.getHeaders().get("X-Beta")).isEqualTo("on");
  }

  @Test
  void aPostSendsTheAdditionalBodyProperty() throws Exception {
    server.enqueue(Fixtures.json(201, Fixtures.read("partner.json")));
    client().createPartner(CreatePartnerParams.builder().name("Ab")
        .addContact(PartnerContact.ofEmail("a@b.co"))
        .putAdditionalBodyProperty("region", "EU").putAdditionalQueryParam("dryRun", "true")
        .putAdditionalHeader("X-Beta", "on").build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).isEqualTo("/v0/partners?dryRun=true");
    assertThat(r.getHeaders().get("X-Beta")).isEqualTo("on");
    assertThat(r.getBody().utf8())
        .isEqualTo("{\"name\":\"Ab\",\"contacts\":[{\"emailAddress\":\"a@b.co\"}],\"region\":\"EU\"}");
  }

  @Test
  void aPatchSendsTheAdditionalBodyProperty() throws Exception {
    server.enqueue(Fixtures.fixture("partner.json"));
    client().updatePartner(UpdatePartnerParams.builder().id("p1").canCreateSubPartners(false)
        .putAdditionalBodyProperty("tier", 2).build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(r.getBody().utf8()).isEqualTo("{\"canCreateSubPartners\":false,\"tier\":2}");
  }

  @Test
  void aBodyPropertyOnAnOperationWithoutABodyIsRefusedBeforeSending() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> client().deleteReservedEntryGroup(DeleteReservedEntryGroupParams.builder().id("g1")
            .putAdditionalBodyProperty("force", true).build()));

    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("additionalBodyProperties");
    assertThat(server.getRequestCount()).isZero();
  }
}
