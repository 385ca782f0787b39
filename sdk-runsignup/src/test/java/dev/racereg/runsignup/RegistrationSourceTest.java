package dev.racereg.runsignup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.unified.IncrementalSync;
import dev.racereg.core.unified.SyncChange;
import dev.racereg.core.unified.SyncStateFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unified source against a small fake of RunSignup's list semantics: rows filtered by
 * {@code modified_after_timestamp} on or after, paged by {@code after_registration_id}.
 */
class RegistrationSourceTest extends RsuTestSupport {

  @TempDir
  Path dir;

  /** One fake row: id, event, last change (unix seconds), bib; a removal when reason is set. */
  private record Row(long id, long event, long modified, String bib, String reason) {}

  private final Map<Long, Row> active = new TreeMap<>();
  private final Map<Long, Row> gone = new TreeMap<>();
  private final List<String> queries = new ArrayList<>();

  private void fakeRunSignup() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        synchronized (RegistrationSourceTest.this) {
          String path = r.getUrl().encodedPath();
          queries.add(path.substring(path.lastIndexOf('/') + 1) + "?" + r.getUrl().encodedQuery());
          if (path.endsWith("/race/12345")) {
            return jsonResponse("{\"race\":{\"race_id\":12345,\"name\":\"Scioto Mile\",\"events\":["
                + "{\"event_id\":1,\"name\":\"10 Mile\"},{\"event_id\":2,\"name\":\"5K\"}]}}");
          }
          boolean removedList = path.endsWith("/removed-participants");
          long event = Long.parseLong(r.getUrl().queryParameter("event_id"));
          long after = Long.parseLong(r.getUrl().queryParameter("after_registration_id"));
          int perPage = Integer.parseInt(r.getUrl().queryParameter("results_per_page"));
          String ts = r.getUrl().queryParameter("modified_after_timestamp");
          long since = ts == null ? Long.MIN_VALUE : Long.parseLong(ts);
          String rows = (removedList ? gone : active).values().stream()
              .filter(x -> x.event() == event && x.id() > after && x.modified() >= since) // on or after
              .limit(perPage)
              .map(x -> "{\"registration_id\":" + x.id() + ",\"event_id\":" + x.event()
                  + (removedList ? ",\"removed_reason\":\"" + x.reason() + "\",\"removed_date\":\"2026-05-01 06:00:00\""
                      : ",\"last_modified\":" + x.modified() + ",\"bib_num\":" + (x.bib() == null ? "null" : x.bib()))
                  + ",\"user\":{\"first_name\":\"Runner\",\"last_name\":\"N" + x.id() + "\",\"gender\":\"F\"}}")
              .collect(Collectors.joining(","));
          return jsonResponse("[{\"event\":{\"event_id\":" + event + "},\"participants\":[" + rows + "]}]");
        }
      }
    });
  }

  private static MockResponse jsonResponse(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  private synchronized void put(long id, long event, long modified, String bib) {
    gone.remove(id);
    active.put(id, new Row(id, event, modified, bib, null));
  }

  private synchronized void remove(long id, String reason, long when) {
    Row r = active.remove(id);
    gone.put(id, new Row(id, r.event(), when, null, reason));
  }

  private static List<String> describe(List<SyncChange> changes) {
    return changes.stream().map(c -> c.kind() + " " + c.id()
        + c.registration().map(r -> " " + r.status() + r.bib().map(b -> " #" + b).orElse("")).orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void incrementalSyncNeverSkipsNorRepeatsARowAcrossTheTimestampBoundary() {
    fakeRunSignup();
    RunSignupRegistrationSource source = client().registrationSource(RACE, 1, 2);
    IncrementalSync sync = new IncrementalSync(new SyncStateFile(dir.resolve("state.json")));
    put(101, 1, 1_000, "11");
    put(102, 1, 1_000, "12");
    put(201, 2, 999, "21");

    IncrementalSync.Batch first = sync.pull(source);
    assertThat(describe(first.changes())).containsExactly("ADDED runsignup:101 CONFIRMED #11",
        "ADDED runsignup:102 CONFIRMED #12", "ADDED runsignup:201 CONFIRMED #21");
    assertThat(first.watermark()).contains(Instant.ofEpochSecond(1_000));
    first.commit();

    // written after the first read, but stamped in the same second as the watermark
    put(103, 1, 1_000, "13");
    put(101, 1, 1_001, "111");
    remove(201, "transferred", 1_001);
    put(202, 2, 1_001, "22");

    IncrementalSync.Batch second = sync.pull(source);
    assertThat(describe(second.changes())).containsExactly("UPDATED runsignup:101 CONFIRMED #111",
        "ADDED runsignup:103 CONFIRMED #13", "ADDED runsignup:202 CONFIRMED #22", "UPDATED runsignup:201 TRANSFERRED");
    assertThat(second.watermark()).contains(Instant.ofEpochSecond(1_001));
    second.commit();

    IncrementalSync.Batch third = sync.pull(source);
    assertThat(third.changes()).isEmpty();
    third.commit();

    put(102, 1, 1_400, "12"); // a new last_modified is a change of the unified record
    put(104, 1, 1_401, "14");
    assertThat(describe(sync.pull(source).changes())).containsExactly("UPDATED runsignup:102 CONFIRMED #12",
        "ADDED runsignup:104 CONFIRMED #14");
  }

  @Test
  void theSourceAsksForRowsStrictlyNewerThanTheWatermarkByRegistrationId() {
    fakeRunSignup();
    put(101, 1, 1_000, "11");
    put(102, 1, 1_001, "12");
    put(103, 1, 1_002, "13");
    RunSignupRegistrationSource source = RunSignupRegistrationSource.builder(client()).raceId(RACE).eventId(1)
        .resultsPerPage(1).build();

    List<String> ids = source.registrationsUpdatedAfter(Instant.ofEpochSecond(1_000, 500))
        .map(Registration::nativeId).toList();

    assertThat(ids).containsExactly("102", "103"); // the row at the watermark second is not repeated
    assertThat(queries).contains("participants?format=json&event_id=1&results_per_page=1&sort=registration_id%20ASC"
        + "&after_registration_id=0&modified_after_timestamp=1001&api_key=key-abc&api_secret=" + SECRET);
    assertThat(queries.stream().filter(q -> q.startsWith("participants?"))
        .map(q -> q.replaceAll(".*after_registration_id=(\\d+).*", "$1")))
        .containsExactly("0", "102", "103");
    assertThat(queries.stream().filter(q -> q.startsWith("removed-participants?")))
        .allSatisfy(q -> assertThat(q).contains("modified_after_timestamp=1001"));
  }

  @Test
  void aFullReadListsRemovalsWithTheirStatusAfterTheActiveRows() {
    fakeRunSignup();
    put(101, 1, 1_000, "11");
    put(102, 1, 1_000, "12");
    put(103, 2, 1_000, "31");
    remove(102, "deferred", 1_100);
    RunSignupRegistrationSource source = client().registrationSource(RACE, 1, 2);

    assertThat(source.provider()).isEqualTo("runsignup");
    assertThat(source.eventKey()).isEqualTo("12345:1,2");
    assertThat(source.supportsUpdatedAfter()).isTrue();
    List<Registration> all = source.registrations().toList();
    assertThat(all).extracting(Registration::nativeId).containsExactly("101", "103", "102");
    assertThat(all).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
        RegistrationStatus.CONFIRMED, RegistrationStatus.DEFERRED);
    assertThat(all.get(1).raceName()).contains("5K");
    assertThat(all.get(0).eventName()).contains("Scioto Mile");
    assertThat(queries.stream().filter(q -> q.startsWith("12345?"))).hasSize(1); // the race is read once
    source.registrations().toList();
    assertThat(queries.stream().filter(q -> q.startsWith("12345?"))).hasSize(1);
  }

  @Test
  void withoutRemovalsOnlyTheActiveListIsRead() {
    fakeRunSignup();
    put(101, 1, 1_000, "11");
    RunSignupRegistrationSource source = RunSignupRegistrationSource.builder(client()).raceId(RACE).eventId(1)
        .includeRemoved(false).build();
    assertThat(source.registrations().count()).isEqualTo(1);
    assertThat(queries).noneMatch(q -> q.startsWith("removed-participants"));
  }
}
