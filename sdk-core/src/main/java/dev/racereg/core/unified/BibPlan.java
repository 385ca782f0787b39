package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How bibs are handed out over a start list: each race (by name) counts up from its own first
 * number (or the default first number), in start-list order, skipping numbers already taken.
 * Numeric bibs are compared by value ("0101" is taken when "101" is). Registrations that already
 * have a bib keep it; only those on the start list
 * ({@code status().isOnStartList()}) get one. Bibs may be zero-padded to a width ("0042").
 * Immutable.
 */
public final class BibPlan {

  private final long defaultFirst;
  private final Map<String, Long> firstByRace;
  private final int width;

  private BibPlan(Builder b) {
    this.defaultFirst = b.defaultFirst;
    this.firstByRace = Map.copyOf(b.firstByRace);
    this.width = b.width;
  }

  /** A plan starting every race at 1, unpadded. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assigns bibs.
   *
   * @return the registrations that received a bib, with it set, in start-list order
   */
  public List<Registration> assign(StartList startList) {
    Objects.requireNonNull(startList, "startList");
    Set<String> taken = new HashSet<>();
    startList.registrations().forEach(r -> r.bib().map(BibPlan::key).ifPresent(taken::add));
    Map<String, Long> next = new LinkedHashMap<>();
    List<Registration> assigned = new ArrayList<>();
    for (Registration r : startList.registrations()) {
      if (r.bib().isPresent() || !r.status().isOnStartList()) {
        continue;
      }
      String race = r.raceName().orElse("");
      long n = next.computeIfAbsent(race, k -> firstByRace.getOrDefault(k, defaultFirst));
      while (taken.contains(key(format(n)))) {
        n++;
      }
      String bib = format(n);
      taken.add(key(bib));
      next.put(race, n + 1);
      assigned.add(r.toBuilder().bib(bib).build());
    }
    return assigned;
  }

  /** Numeric bibs are compared by value, so "0101" and "101" are the same bib. */
  private static String key(String bib) {
    return bib.chars().allMatch(Character::isDigit) ? bib.replaceFirst("^0+(?=.)", "") : bib;
  }

  private String format(long n) {
    String digits = Long.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Builds a {@link BibPlan}. */
  public static final class Builder {
    private long defaultFirst = 1;
    private final Map<String, Long> firstByRace = new LinkedHashMap<>();
    private int width;

    private Builder() {}

    /** The first bib of races without their own. Default 1. @throws dev.racereg.core.error.ValidationException if below 0 */
    public Builder defaultFirst(long first) {
      this.defaultFirst = Validation.atLeast(first, 0, "defaultFirst");
      return this;
    }

    /** The first bib of one race, by its name. @throws dev.racereg.core.error.ValidationException if below 0 */
    public Builder firstForRace(String raceName, long first) {
      firstByRace.put(Validation.notBlank(raceName, "raceName"), Validation.atLeast(first, 0, "first"));
      return this;
    }

    /** Zero-pads bibs to this many digits; 0 (default) for none. @throws dev.racereg.core.error.ValidationException if outside 0..12 */
    public Builder width(int width) {
      this.width = (int) Validation.inRange(width, 0, 12, "width");
      return this;
    }

    /** Builds the plan. */
    public BibPlan build() {
      return new BibPlan(this);
    }
  }
}
