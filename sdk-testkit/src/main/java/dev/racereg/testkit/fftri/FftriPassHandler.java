package dev.racereg.testkit.fftri;

import static dev.racereg.testkit.fftri.FftriRequests.*;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.fftri.PassCompetition.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * The pass compétition lifecycle: {@code create-pass-competition}, {@code update-pass-competition}
 * (pay or refund), {@code pass-competition/{pass}/{trial}} (check) and
 * {@code pass-competition-list/{trial}/{format}[/...]} as JSON or CSV. The router has checked the
 * credentials and the {@code X-Auth-Token}.
 */
final class FftriPassHandler {

  /** The fields of a pass in the list and the pass check, in the doc's order; also the CSV header. */
  private static final List<String> PASS_FIELDS = List.of("firstname", "lastname", "birthDate",
      "email", "passNumber", "created", "statusDescription", "isPaid", "refund", "type",
      "typeDescription");

  private final FftriWorld world;
  private final PassBook passes;
  private final Clock clock;
  private final String username;
  private final boolean autoValidatePasses;
  private final char csvSeparator;

  FftriPassHandler(FftriWorld world, PassBook passes, Clock clock, String username,
      boolean autoValidatePasses, char csvSeparator) {
    this.world = world;
    this.passes = passes;
    this.clock = clock;
    this.username = username;
    this.autoValidatePasses = autoValidatePasses;
    this.csvSeparator = csvSeparator;
  }

  // ---- pass compétition ------------------------------------------------------------------

  MockResponse createPass(SimRequest request) {
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    int trialId = requiredInt(body, "fftriId");
    String firstName = required(body, "firstName");
    String lastName = required(body, "lastName");
    LocalDate birthDate = date(required(body, "birthDate"), "birthDate");
    BigDecimal price = decimal(body, "price");
    int type = requiredInt(body, "type");
    String email = required(body, "customerEmail");
    int testEdition = optionalInt(body, "testEdition", 0);
    Integer ituFedeId = body.hasNonNull("ituFedeId") ? requiredInt(body, "ituFedeId") : null;
    String ituLicense = text(body, "ituLicenseNumber");
    int sendInvoice = optionalInt(body, "sendInvoice", 1);
    String language = Optional.ofNullable(text(body, "language")).orElse("FR").toUpperCase(Locale.ROOT);
    int isPaid = optionalInt(body, "isPaid", 0);
    if (type < 1 || type > 3) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid type, expected 1 (individual) or 2 (relay)"));
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid customerEmail"));
    }
    if (!birthDate.isBefore(today(clock))) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid birthDate"));
    }
    requireFlag(testEdition, "testEdition");
    requireFlag(sendInvoice, "sendInvoice");
    requireFlag(isPaid, "isPaid");
    if (!language.equals("FR") && !language.equals("EN")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid language, expected FR or EN"));
    }
    if (ituFedeId != null && world.federation(ituFedeId).isEmpty()) {
      throw new FftriRefusal(FftriWire.badRequest("Unknown ituFedeId"));
    }
    TrialRow trial = world.trial(trialId)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Trial not found")));
    String passNumber;
    if (testEdition == 1) {
      // "testEdition ne crée plus de pass compétition de test": answer, store nothing
      passNumber = String.format(Locale.ROOT, "PCTEST%06d", trial.id());
    } else {
      boolean valid = autoValidatePasses || isPaid == 1;
      LocalDate created = today(clock);
      passNumber = passes.create(trial, number -> new PassCompetition(number, trial.id(),
          firstName, lastName, birthDate, email, created, valid ? Status.VALID : Status.CREATED,
          valid, false, type, username, null, price, ituFedeId, ituLicense, sendInvoice == 1,
          language)).passNumber();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", "true");
    out.put("passNumber", passNumber);
    out.put("url", FftriSimulator.PRINT_URL + passNumber);
    return FftriWire.json(200, out);
  }

  MockResponse updatePass(SimRequest request) {
    JsonNode body = parseBody(request, FftriWire.badRequest("Invalid JSON body"));
    String passNumber = required(body, "passNumber");
    int refund = requiredInt(body, "refund");
    requireFlag(refund, "refund");
    String reason = text(body, "canceledReason");
    PassCompetition pass = passes.find(passNumber)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Pass not found")));
    if (!pass.provider().equals(username)) {
      throw new FftriRefusal(FftriWire.failure(FftriWire.REFUSED,
          "Access denied: pass sold by another provider"));
    }
    passes.update(passNumber, p -> {
      switch (p.status()) {
        case REFUND:
          throw new FftriRefusal(FftriWire.badRequest("Pass already refunded"));
        case CANCEL:
          throw new FftriRefusal(FftriWire.badRequest("Pass cancelled"));
        case USED:
          if (refund == 1) {
            throw new FftriRefusal(FftriWire.badRequest("Pass already used"));
          }
          return p;
        default:
          if (refund == 1) {
            return p.withState(Status.REFUND, p.paid(), true,
                reason != null ? reason : p.canceledReason());
          }
          // the update that marked a pass paid before passes were validated on creation
          return p.withState(Status.VALID, true, false, p.canceledReason());
      }
    });
    return FftriWire.json(200, Map.of("success", "true"));
  }

  MockResponse verifyPass(String passNumber, String trialParam) {
    Optional<Integer> trialId = parseId(trialParam);
    PassCompetition pass = passes.find(passNumber)
        .filter(p -> trialId.isPresent() && p.trialId() == trialId.get())
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Pass not found")));
    TrialRow trial = requireTrial(pass.trialId());
    FftriEvent event = world.eventOf(trial);
    Map<String, Object> out = passSummary(pass);
    out.put("trial", Integer.toString(trial.id()));
    out.put("event", Integer.toString(event.id()));
    out.put("discipline", trial.discipline());
    out.put("distance", trial.distance());
    out.put("date", trial.date().toString());
    out.put("eventName", event.name());
    out.put("place", event.place());
    out.put("city", event.city());
    out.put("zip", event.zip());
    return FftriWire.json(200, out);
  }

  MockResponse listPasses(List<String> params) {
    Optional<Integer> trialId = parseId(params.get(0));
    String isPaid = params.get(1);
    String provider = params.size() > 2 ? params.get(2) : "0";
    String csv = params.size() > 3 ? params.get(3) : "0";
    if (!isPaid.equals("0") && !isPaid.equals("1") && !isPaid.equals("3")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid is_paid, expected 0, 1 or 3"));
    }
    if (!provider.equals("0") && !provider.equals("1")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid provider, expected 0 or 1"));
    }
    if (!csv.equals("0") && !csv.equals("1")) {
      throw new FftriRefusal(FftriWire.badRequest("Invalid csv, expected 0 or 1"));
    }
    TrialRow trial = trialId.flatMap(world::trial)
        .orElseThrow(() -> new FftriRefusal(FftriWire.notFound("Trial not found")));
    Predicate<PassCompetition> filter = p -> isPaid.equals("3") || p.paid() == isPaid.equals("1");
    if (provider.equals("1")) {
      filter = filter.and(p -> p.provider().equals(username));
    }
    Predicate<PassCompetition> keep = filter;
    if (csv.equals("1")) {
      return FftriWire.streamed(FftriWire.CSV_TYPE, out -> {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, PASS_FIELDS);
        for (Iterator<PassCompetition> it = passes.iterate(trial); it.hasNext(); ) {
          PassCompetition pass = it.next();
          if (keep.test(pass)) {
            writeCsvLine(writer, Arrays.asList(passValues(pass)));
          }
        }
        writer.flush();
      });
    }
    return FftriWire.streamedJson(gen -> {
      gen.writeStartObject();
      int index = 0;
      for (Iterator<PassCompetition> it = passes.iterate(trial); it.hasNext(); ) {
        PassCompetition pass = it.next();
        if (keep.test(pass)) {
          gen.writeFieldName(Integer.toString(index++));
          writePass(gen, pass);
        }
      }
      gen.writeEndObject();
    });
  }

  /** The fields both the pass check and the pass list serve, in the doc's order. */
  private static Map<String, Object> passSummary(PassCompetition pass) {
    String[] values = passValues(pass);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(PASS_FIELDS.get(i), values[i]);
    }
    return out;
  }

  /** The values of {@link #PASS_FIELDS} for a pass. */
  private static String[] passValues(PassCompetition pass) {
    return new String[] {
        pass.firstName(), pass.lastName(), pass.birthDate().toString(), pass.email(),
        pass.passNumber(), pass.created().toString(), pass.status().wire(), flag(pass.paid()),
        flag(pass.refunded()), Integer.toString(pass.type()), pass.typeDescription()};
  }

  private static void writePass(JsonGenerator gen, PassCompetition pass) throws IOException {
    String[] values = passValues(pass);
    gen.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      gen.writeStringField(PASS_FIELDS.get(i), values[i]);
    }
    gen.writeEndObject();
  }

  /**
   * One CSV line. The doc only says "texte formaté pour un CSV": the header of field names, the
   * separator (default {@code ;}, usual in France) and {@code \n} line ends are inferred.
   */
  private void writeCsvLine(Writer writer, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(csvSeparator);
      }
      String value = values.get(i);
      if (value.indexOf(csvSeparator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0) {
        writer.write('"' + value.replace("\"", "\"\"") + '"');
      } else {
        writer.write(value);
      }
    }
    writer.write('\n');
  }


  private TrialRow requireTrial(int trialId) {
    return world.trial(trialId)
        .orElseThrow(() -> new IllegalArgumentException("no trial " + trialId));
  }
}
