package dev.racereg.testkit.pace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The description of one PACE event a {@link PaceSimulator} serves: its slug (the last part of
 * {@code https://pace.sport/events/<slug>}), display name, the organiser's API access code, its
 * distances with prices, its groups and the custom fields of its registration form.
 *
 * <p>Immutable: every {@code with...}-style method returns a copy. Anything left unset takes a
 * default when the simulator is built (see each method).
 */
public final class PaceEventSpec {

  /** The slug of the default event. */
  public static final String DEFAULT_SLUG = "pace-triathlon-espoo";
  /** The name of the default event. */
  public static final String DEFAULT_NAME = "PACE Triathlon Espoo";
  /** The access code of the default event: the one shown in PACE's request example. */
  public static final String DEFAULT_ACCESS_CODE = "VZ5B066Z";

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern ACCESS_CODE = Pattern.compile("[A-Z0-9]{8}");

  private final String slug;
  private final String name;
  private final String accessCode;
  private final int participants;
  private final Map<String, BigDecimal> distances;
  private final List<String> groups;
  private final List<String> customFields;
  private final String currency;

  private PaceEventSpec(String slug, String name, String accessCode, int participants,
      Map<String, BigDecimal> distances, List<String> groups, List<String> customFields,
      String currency) {
    this.slug = slug;
    this.name = name;
    this.accessCode = accessCode;
    this.participants = participants;
    this.distances = Collections.unmodifiableMap(new LinkedHashMap<>(distances));
    this.groups = List.copyOf(groups);
    this.customFields = List.copyOf(customFields);
    this.currency = currency;
  }

  /**
   * A new event with the given slug and name. Until set otherwise it has a seed-derived access
   * code, the simulator's default participant count, the triathlon distances
   * {@code Sprint} (55 EUR), {@code Olympic} (75 EUR) and {@code Relay} (129.90 EUR), the groups
   * {@code General} and {@code Elite}, and the custom fields {@code Club}, {@code T-shirt size}
   * and {@code Emergency contact phone}, priced in {@code EUR}.
   *
   * @param slug lower-case words joined by hyphens, for example {@code helsinki-city-run}
   * @param name the event name shown in the {@code "Event name"} column
   * @return the spec
   * @throws IllegalArgumentException if the slug is not lower-case words joined by hyphens, or the
   *     name is blank
   */
  public static PaceEventSpec of(String slug, String name) {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("slug must be lower-case words joined by '-', was " + slug);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Map<String, BigDecimal> distances = new LinkedHashMap<>();
    distances.put("Sprint", new BigDecimal("55"));
    distances.put("Olympic", new BigDecimal("75"));
    distances.put("Relay", new BigDecimal("129.90"));
    return new PaceEventSpec(slug, name, null, -1, distances, List.of("General", "Elite"),
        List.of("Club", "T-shirt size", "Emergency contact phone"), "EUR");
  }

  /**
   * The event a simulator serves when none is configured: {@value #DEFAULT_SLUG}, named
   * {@value #DEFAULT_NAME}, access code {@value #DEFAULT_ACCESS_CODE}, with the defaults of
   * {@link #of(String, String)}.
   *
   * @return the default spec
   */
  public static PaceEventSpec defaultEvent() {
    return of(DEFAULT_SLUG, DEFAULT_NAME).accessCode(DEFAULT_ACCESS_CODE);
  }

  /**
   * Sets the access code the organiser shared for this event.
   *
   * @param code eight upper-case letters or digits, as PACE generates them
   * @return a copy with the code set
   * @throws IllegalArgumentException if the code is not eight upper-case letters or digits
   */
  public PaceEventSpec accessCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!ACCESS_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("access code must be 8 upper-case letters or digits, was " + code);
    }
    return new PaceEventSpec(slug, name, code, participants, distances, groups, customFields, currency);
  }

  /**
   * Sets how many participants are generated for this event (default: the simulator builder's
   * {@link PaceSimulator.Builder#participants(int)}).
   *
   * @param count 0 to {@value PaceSimulator#MAX_PARTICIPANTS}
   * @return a copy with the count set
   * @throws IllegalArgumentException if the count is out of range
   */
  public PaceEventSpec participants(int count) {
    PaceSimulator.checkCount(count);
    return new PaceEventSpec(slug, name, accessCode, count, distances, groups, customFields, currency);
  }

  /**
   * Replaces the distances and their full prices (in major currency units, for example
   * {@code "42.50"}). The first distance is the most popular; registrations in the first 40% of
   * the registration window pay an early-bird price 15% lower.
   *
   * @param pricesByDistance distance names to prices, in the order wanted; at least one
   * @return a copy with the distances set
   * @throws IllegalArgumentException if the map is empty or a price is negative
   */
  public PaceEventSpec distances(Map<String, BigDecimal> pricesByDistance) {
    Objects.requireNonNull(pricesByDistance, "pricesByDistance");
    if (pricesByDistance.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one distance");
    }
    pricesByDistance.forEach((distance, price) -> {
      if (distance == null || distance.isBlank() || price == null || price.signum() < 0) {
        throw new IllegalArgumentException("bad distance/price: " + distance + "=" + price);
      }
    });
    return new PaceEventSpec(slug, name, accessCode, participants, pricesByDistance, groups, customFields, currency);
  }

  /**
   * Replaces the groups. The first group takes most registrations; a group named {@code Elite}
   * only holds licensed athletes.
   *
   * @param names group names, at least one
   * @return a copy with the groups set
   * @throws IllegalArgumentException if no group is given or one is blank
   */
  public PaceEventSpec groups(String... names) {
    List<String> list = nonBlank(names, "group");
    if (list.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one group");
    }
    return new PaceEventSpec(slug, name, accessCode, participants, distances, list, customFields, currency);
  }

  /**
   * Replaces the organiser's custom registration fields, keyed in the response by these labels
   * (never translated). Values are generated from the label: labels containing {@code club} or
   * {@code team} get club names, {@code size} T-shirt sizes, {@code phone} phone numbers, anything
   * else {@code Yes}/{@code No}.
   *
   * @param labels field labels in form order, possibly empty
   * @return a copy with the fields set
   * @throws IllegalArgumentException if a label is blank, repeated, or repeats a standard
   *     column's label
   */
  public PaceEventSpec customFields(List<String> labels) {
    Objects.requireNonNull(labels, "labels");
    List<String> list = nonBlank(labels.toArray(new String[0]), "custom field");
    for (String label : list) {
      if (PaceWire.isStandardLabel(label)) {
        throw new IllegalArgumentException("custom field clashes with a standard column: " + label);
      }
    }
    if (list.stream().distinct().count() != list.size()) {
      throw new IllegalArgumentException("custom field labels must be distinct: " + list);
    }
    return new PaceEventSpec(slug, name, accessCode, participants, distances, groups, list, currency);
  }

  /**
   * Sets the currency of the {@code "Currency"} column (default {@code EUR}).
   *
   * @param code an ISO 4217 code, three upper-case letters
   * @return a copy with the currency set
   * @throws IllegalArgumentException if the code is not three upper-case letters
   */
  public PaceEventSpec currency(String code) {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be three upper-case letters, was " + code);
    }
    return new PaceEventSpec(slug, name, accessCode, participants, distances, groups, customFields, code);
  }

  /**
   * The slug.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The event name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The access code, or {@code null} until set (the simulator then derives one from its seed).
   *
   * @return the code or null
   */
  public String accessCode() {
    return accessCode;
  }

  /**
   * The participant count, or -1 to use the simulator builder's.
   *
   * @return the count or -1
   */
  public int participants() {
    return participants;
  }

  /**
   * The distances with their full prices, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, BigDecimal> distances() {
    return distances;
  }

  /**
   * The groups, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> groups() {
    return groups;
  }

  /**
   * The custom field labels, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> customFields() {
    return customFields;
  }

  /**
   * The currency code.
   *
   * @return the currency
   */
  public String currency() {
    return currency;
  }

  private static List<String> nonBlank(String[] values, String what) {
    Objects.requireNonNull(values, what + "s");
    List<String> list = new ArrayList<>();
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      list.add(v);
    }
    return list;
  }

  @Override
  public String toString() {
    return "PaceEventSpec{" + slug + ", " + name + "}";
  }
}
