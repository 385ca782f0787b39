package dev.racereg.core.internal.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;
import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * What must never be shown: header names, query parameter names, body field names, and secret
 * values wherever they appear (a key inside a URL path, a token echoed in an error body). Auth
 * strategies and provider clients declare theirs; the executor merges them. Immutable.
 *
 * <p>Secret values shorter than {@value #MIN_SECRET_LENGTH} characters are ignored: replacing
 * them everywhere would shred unrelated text, and names still cover them.
 */
public final class Redaction {

  /** The shortest secret value that is replaced by value. */
  public static final int MIN_SECRET_LENGTH = 4;

  private static final Redaction NONE = new Redaction(Set.of(), Set.of(), Set.of(), Set.of());

  private final Set<String> headerNames;
  private final Set<String> queryNames;
  private final Set<String> bodyFieldNames;
  private final Set<String> secretValues;

  private Redaction(Set<String> headerNames, Set<String> queryNames, Set<String> bodyFieldNames,
      Set<String> secretValues) {
    this.headerNames = lower(headerNames);
    this.queryNames = Set.copyOf(queryNames);
    this.bodyFieldNames = Set.copyOf(bodyFieldNames);
    this.secretValues = secretValues.stream().filter(Objects::nonNull)
        .filter(v -> v.length() >= MIN_SECRET_LENGTH).collect(Collectors.toUnmodifiableSet());
  }

  /** Rules already normalised (names lower case, values long enough), as {@link #and} makes them. */
  private Redaction(Set<String> headerNames, Set<String> queryNames, Set<String> bodyFieldNames,
      Set<String> secretValues, boolean normalised) {
    this.headerNames = headerNames;
    this.queryNames = queryNames;
    this.bodyFieldNames = bodyFieldNames;
    this.secretValues = secretValues;
  }

  /** Nothing to redact. */
  public static Redaction none() {
    return NONE;
  }

  /** Redacts these headers (case-insensitive) wherever they appear. */
  public static Redaction headers(String... names) {
    return new Redaction(Set.of(names), Set.of(), Set.of(), Set.of());
  }

  /** Redacts these query parameters by name. */
  public static Redaction queryParams(String... names) {
    return new Redaction(Set.of(), Set.of(names), Set.of(), Set.of());
  }

  /** Redacts these fields of JSON and form bodies by name, at any depth. */
  public static Redaction bodyFields(String... names) {
    return new Redaction(Set.of(), Set.of(), Set.of(names), Set.of());
  }

  /** Replaces these values wherever they occur, also percent-encoded. */
  public static Redaction secretValues(Collection<String> values) {
    return new Redaction(Set.of(), Set.of(), Set.of(), Set.copyOf(values));
  }

  /** Replaces these values wherever they occur, also percent-encoded. */
  public static Redaction secretValues(String... values) {
    return secretValues(java.util.Arrays.stream(values).filter(Objects::nonNull)
        .collect(Collectors.toList()));
  }

  /** Everything this one and {@code other} redact. */
  public Redaction and(Redaction other) {
    // merged once per attempt: the parts are normalised already, and an empty side adds nothing
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Redaction(union(headerNames, other.headerNames), union(queryNames, other.queryNames),
        union(bodyFieldNames, other.bodyFieldNames), union(secretValues, other.secretValues), true);
  }

  private boolean isEmpty() {
    return headerNames.isEmpty() && queryNames.isEmpty() && bodyFieldNames.isEmpty() && secretValues.isEmpty();
  }

  /** Whether {@code other} hides exactly what this one hides. */
  boolean sameRules(Redaction other) {
    return other == this || (headerNames.equals(other.headerNames) && queryNames.equals(other.queryNames)
        && bodyFieldNames.equals(other.bodyFieldNames) && secretValues.equals(other.secretValues));
  }

  /** Whether a header is secret. */
  public boolean isSecretHeader(String name) {
    return headerNames.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a query parameter is secret. */
  public boolean isSecretQueryParam(String name) {
    return queryNames.contains(name);
  }

  /** Whether a body field is secret. */
  public boolean isSecretBodyField(String name) {
    return bodyFieldNames.contains(name);
  }

  /** The secret values replaced wherever they occur. */
  public Set<String> secretValues() {
    return secretValues;
  }

  private static Set<String> lower(Set<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty() || a.containsAll(b)) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Collections.unmodifiableSet(all);
  }
}
