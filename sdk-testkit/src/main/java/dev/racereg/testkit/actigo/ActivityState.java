package dev.racereg.testkit.actigo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live state of one organised activity: its generated rows, the rows a sync changed, the
 * external registrations a sync inserted, and the stored results.
 *
 * <p>Writes hold this object's monitor for a whole request, so a sync is applied atomically.
 * Changed generated rows sit in a concurrent map so a streamed download can read them without
 * the lock; it sees every write that completed before it reached the row.
 */
final class ActivityState {

  final ActivityData data;
  private final Map<Integer, ActigoRegistrationRow> changed = new ConcurrentHashMap<>();
  // guarded by this
  private final Map<String, ActigoRegistrationRow> external = new LinkedHashMap<>();
  private final Map<String, String> externalByIdentity = new HashMap<>();
  private final Map<String, ActigoPersonRow> accountsByIdentity = new HashMap<>();
  private final Map<String, ActigoResultRow> resultsByPerson = new LinkedHashMap<>();
  private int inserted;

  ActivityState(ActivityData data) {
    this.data = data;
  }

  /** Row {@code i} of the generated registrations, with any change applied. */
  ActigoRegistrationRow row(int i) {
    ActigoRegistrationRow row = changed.get(i);
    return row != null ? row : data.generate(i);
  }

  /** The registration of this activity with the given id (any case), or {@code null}. */
  synchronized ActigoRegistrationRow find(String id) {
    if (id == null || !ActigoContract.OBJECT_ID.matcher(id).matches()) {
      return null;
    }
    String key = id.toLowerCase(java.util.Locale.ROOT);
    ActigoRegistrationRow inserted = external.get(key);
    if (inserted != null) {
      return inserted;
    }
    OptionalInt index = data.indexOfRegistration(key);
    return index.isPresent() ? row(index.getAsInt()) : null;
  }

  /** The external registration of the person with this identity, or {@code null}. */
  synchronized ActigoRegistrationRow externalByIdentity(String identity) {
    String id = externalByIdentity.get(identity);
    return id == null ? null : external.get(id);
  }

  /** The account created for this identity in this activity (by a registration or a result). */
  synchronized ActigoPersonRow accountByIdentity(String identity) {
    return accountsByIdentity.get(identity);
  }

  /**
   * A generated registrant of this activity with this id, or {@code null}. Takes no lock: a
   * results sync holding another activity's lock may ask (accounts the API created are found in
   * {@link ActigoWrites} instead).
   */
  ActigoPersonRow generatedPerson(String personId) {
    return data.person(personId);
  }

  /** Stores a new or changed registration. */
  synchronized void put(ActigoRegistrationRow reg) {
    if (reg.external()) {
      external.put(reg.id(), reg);
      ActigoPersonRow p = reg.person();
      String identity = ActigoContract.identity(p.givenName(), p.surname(), p.birthDate());
      externalByIdentity.put(identity, reg.id());
      accountsByIdentity.put(identity, p);
    } else {
      int index = data.indexOfRegistration(reg.id()).orElseThrow();
      changed.put(index, reg);
    }
  }

  /** Remembers an account created for a result's external person. */
  synchronized void putAccount(ActigoPersonRow person) {
    accountsByIdentity.put(
        ActigoContract.identity(person.givenName(), person.surname(), person.birthDate()), person);
  }

  /** The registration code for the next inserted registration. */
  synchronized String nextInsertedCode() {
    return data.code(data.size + inserted++);
  }

  /** How many registrations the activity has now. */
  synchronized int count() {
    return data.size + external.size();
  }

  /** Every registration in download order: generated rows, then inserted ones. */
  Iterator<ActigoRegistrationRow> iterator() {
    List<ActigoRegistrationRow> inserted;
    synchronized (this) {
      inserted = new ArrayList<>(external.values());
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < data.size + inserted.size();
      }

      @Override
      public ActigoRegistrationRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return i < data.size ? row(i) : inserted.get(i - data.size);
      }
    };
  }

  /** A copy of the external registrations, in insertion order. */
  synchronized List<ActigoRegistrationRow> externalRegistrations() {
    return List.copyOf(external.values());
  }

  /** The stored result of a person, or {@code null}. */
  synchronized ActigoResultRow result(String personId) {
    return resultsByPerson.get(personId);
  }

  /** Stores a result, replacing the person's previous one. */
  synchronized void putResult(ActigoResultRow result) {
    resultsByPerson.put(result.person().id(), result);
  }

  /** A copy of the stored results, in the order first received. */
  synchronized List<ActigoResultRow> results() {
    return List.copyOf(resultsByPerson.values());
  }
}
