package dev.racereg.actigo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who is who in one activity, from one download of its registrations: the person id of each
 * registration, and the registration holding each start number. The bib and result pushes need
 * it because Actigo names a result's owner by person id, and its own example of setting a start
 * number sends the person id too. Immutable once built.
 */
final class ActigoPersonIndex {

  private final Map<String, ActigoRegistration> byId = new HashMap<>();
  private final Map<String, ActigoRegistration> byStartNumber = new HashMap<>();

  private ActigoPersonIndex() {}

  /**
   * Downloads the activity's registrations (one JSON GET, safe to retry) and indexes them.
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link ActigoClient#registrations}
   */
  static ActigoPersonIndex download(ActigoClient client, String activityId) {
    try (Stream<ActigoRegistration> all = client.registrations(RegistrationsParams.of(activityId))) {
      ActigoPersonIndex index = new ActigoPersonIndex();
      all.forEach(index::add);
      return index;
    }
  }

  /** An index that knows no one: pushes then send what they were given and nothing more. */
  static ActigoPersonIndex empty() {
    return new ActigoPersonIndex();
  }

  private void add(ActigoRegistration r) {
    byId.put(r.id().toLowerCase(Locale.ROOT), r);
    r.startNumber().ifPresent(n -> byStartNumber.putIfAbsent(n, r));
  }

  /** The registration with this id (any case). */
  Optional<ActigoRegistration> registration(String registrationId) {
    return Optional.ofNullable(byId.get(registrationId.toLowerCase(Locale.ROOT)));
  }

  /** The registration holding this start number, exactly as written (leading zeros count). */
  Optional<ActigoRegistration> byStartNumber(String startNumber) {
    return Optional.ofNullable(byStartNumber.get(startNumber));
  }

  /** The person id of the registration with this id, when the download had one. */
  Optional<String> personId(String registrationId) {
    return registration(registrationId).flatMap(r -> r.person().id());
  }
}
