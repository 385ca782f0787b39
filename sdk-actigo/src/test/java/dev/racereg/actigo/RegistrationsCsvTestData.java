package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Helpers comparing the JSON and CSV shapes of the same registrations. */
final class RegistrationsCsvTestData {

  private RegistrationsCsvTestData() {}

  /** The JSON download fixture, decoded. */
  static List<ActigoRegistration> json() {
    JsonNode root = Fixtures.tree(Fixtures.read("registrations.json"));
    List<ActigoRegistration> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      out.add(ActigoRegistration.fromJson(root.get(i), "registrations[" + i + "]"));
    }
    return out;
  }

  /** What the CSV format keeps of a JSON registration. */
  static ActigoRegistration csvColumnsOnly(ActigoRegistration r) {
    ActigoPerson p = r.person();
    return ActigoRegistration.builder().id(r.id()).state(r.state()).startNumber(r.startNumber().orElse(null))
        .person(ActigoPerson.builder().id(p.id().orElse(null)).givenName(p.givenName().orElse(null))
            .middleName(p.middleName().orElse(null)).surname(p.surname().orElse(null)).sex(p.sex().orElse(null))
            .birthDate(p.birthDate().orElse(null)).build())
        .build();
  }

  /** Sync items read back from a sent JSON body (an array of registration-shaped objects). */
  static List<RegistrationSyncItem> syncItemsOf(JsonNode sent) {
    List<RegistrationSyncItem> out = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      out.add(ActigoRegistration.fromJson(sent.get(i), "sent[" + i + "]").toSyncItem());
    }
    return out;
  }
}
