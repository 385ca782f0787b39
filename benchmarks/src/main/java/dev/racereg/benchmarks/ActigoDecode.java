package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.ActigoRegistration;
import dev.racereg.actigo.RegistrationsCsv;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.core.ClientOptions;
import dev.racereg.testkit.actigo.ActigoSandboxCredentials;
import dev.racereg.testkit.actigo.ActigoSimulator;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * P2 for Actigo's registrations download, as JSON and as CSV, replayed from the simulator: the
 * client's call beside plain Jackson binding into {@link ActigoRecord} (JSON) or
 * jackson-dataformat-csv binding into {@link ActigoCsvRecord} (CSV), and a raw token scan.
 */
final class ActigoDecode {

  private ActigoDecode() {}

  static void run(RunConfig config, ReportTable table) {
    int rows = config.quick() ? 5_000 : 20_000;
    try (ActigoSimulator sim = ActigoSimulator.builder().registrations(rows).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        ActigoSandboxCredentials creds = sim.credentials();
        ActigoClient client = ActigoClient.builder()
            .credentials(ActigoCredentials.of(creds.keyName(), creds.keySecret()))
            .options(ClientOptions.builder().baseUrl(replay.url(simUrl.encodedPath())).build())
            .build();
        RegistrationsParams params = RegistrationsParams.of(sim.activityId());

        // prime both answers, then send the baselines the very same targets
        int jsonRows = client.registrationList(params).size();
        Request json = replay.lastGet(".json");
        ObjectReader reader = new ObjectMapper().readerFor(new TypeReference<List<ActigoRecord>>() {});
        DecodeComparison.<List<ActigoRecord>>measure(config, table,
            "P2 decode Actigo JSON download (" + jsonRows + " rows)",
            () -> {
              List<ActigoRegistration> list = client.registrationList(params);
              return list.size() + list.get(list.size() - 1).unknownFields().size();
            },
            json, reader, list -> list.size() + list.get(list.size() - 1).other.size());

        int csvRows = client.registrationsCsv(params).size();
        Request csv = replay.lastGet(".csv");
        CsvMapper csvMapper = new CsvMapper();
        ObjectReader csvReader = csvMapper.readerFor(ActigoCsvRecord.class).with(CsvSchema.emptySchema().withHeader());
        JsonFactory csvScan = new CsvFactory();
        DecodeComparison.<List<ActigoCsvRecord>>measure(config, table,
            "P2 decode Actigo CSV download (" + csvRows + " rows)",
            () -> {
              RegistrationsCsv parsed = client.registrationsCsv(params);
              return parsed.size() + parsed.registrations().get(parsed.size() - 1).unknownFields().size();
            },
            csv, in -> csvReader.<ActigoCsvRecord>readValues(in).readAll(),
            list -> list.size() + list.get(list.size() - 1).other.size(), csvScan);
      }
    }
  }
}
