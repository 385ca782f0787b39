package dev.racereg.testkit.actigo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The Actigo simulator's access keys and who may use them: a key belongs to organisations; it
 * opens an activity whose organiser is one of them, or is associated with one of them (a timing
 * company). Immutable.
 */
final class ActigoKeys {

  /** One access key: its name, its secret and the organisations its user is a member of. */
  record Key(String name, String secret, Set<String> organisations) {}

  private final Map<String, Key> keys;
  private final Map<String, Set<String>> associations;

  ActigoKeys(Map<String, Key> keys, Map<String, Set<String>> associations) {
    this.keys = keys;
    this.associations = associations;
  }

  /**
   * The key a {@code Basic base64(name:secret)} header names, if its secret matches (compared in
   * constant time).
   *
   * @return the key, or null for a header that is malformed or names no key of that secret
   */
  Key authenticate(String header) {
    String value = header.trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
      return null;
    }
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(value.substring(space + 1).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = credentials.indexOf(':');
    if (colon < 0) {
      return null;
    }
    Key key = keys.get(credentials.substring(0, colon));
    if (key == null || !MessageDigest.isEqual(key.secret().getBytes(StandardCharsets.UTF_8),
        credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    return key;
  }

  /** Whether a key's user may reach the activities of an organiser. */
  boolean mayAccess(Key key, String organiserId) {
    for (String organisation : key.organisations()) {
      if (organisation.equals(organiserId)
          || associations.getOrDefault(organisation, Set.of()).contains(organiserId)) {
        return true;
      }
    }
    return false;
  }
}
