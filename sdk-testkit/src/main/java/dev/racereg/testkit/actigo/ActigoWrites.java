package dev.racereg.testkit.actigo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a write needs beyond an activity: the current time from the injected clock, new ObjectIds,
 * generated logins, and the list of accounts the API created. The random stream is seeded, so the
 * same sequence of writes yields the same ids and logins (the timestamps come from the clock).
 */
final class ActigoWrites {

  private static final String LOGIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;
  // guarded by this
  private final SplittableRandom random;
  private final long process;
  private int counter;
  private final Map<String, ActigoPersonRow> accounts = new LinkedHashMap<>();

  ActigoWrites(Clock clock, long seed) {
    this.clock = clock;
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.process = random.nextLong() & 0xFF_FFFF_FFFFL;
    this.counter = random.nextInt(1 << 24);
  }

  /** Now, from the injected clock, truncated to milliseconds as Actigo sends it. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A fresh ObjectId stamped with the clock's current second. */
  synchronized String newObjectId() {
    return ActivityData.objectId(clock.instant().getEpochSecond(), process, counter++);
  }

  /** A fresh login {@code <32 random chars>@actigo.app}. */
  synchronized String newLogin() {
    StringBuilder s = new StringBuilder(32 + ActigoContract.LOGIN_DOMAIN.length());
    for (int i = 0; i < 32; i++) {
      s.append(LOGIN_ALPHABET.charAt(random.nextInt(LOGIN_ALPHABET.length())));
    }
    return s.append(ActigoContract.LOGIN_DOMAIN).toString();
  }

  /** Records an account the API created. */
  synchronized void addAccount(ActigoPersonRow person) {
    accounts.put(person.id(), person);
  }

  /** The created account with this id, or {@code null}. */
  synchronized ActigoPersonRow account(String personId) {
    return accounts.get(personId);
  }

  /** A copy of the created accounts, in creation order. */
  synchronized List<ActigoPersonRow> accounts() {
    return List.copyOf(accounts.values());
  }

  /** Replaces a created account after its person data changed. */
  synchronized void replaceAccount(ActigoPersonRow person) {
    accounts.replace(person.id(), person);
  }
}
