package dev.racereg.core.unified;

import dev.racereg.core.model.Registration;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One event's registrations merged from several sources, with the people who appear more than
 * once reported, never silently merged. Immutable.
 *
 * <p>Two registrations are taken to be the same person when their normalised first and last names
 * match (case, accents and punctuation ignored) and their birth dates match, or, when either birth
 * date is missing, their e-mail addresses match. Registrations with the same {@link
 * Registration#id()} (the same row read twice) are kept once, the last one read winning.
 */
public final class StartList {

  private final List<Registration> registrations;
  private final List<Duplicate> duplicates;

  private StartList(List<Registration> registrations, List<Duplicate> duplicates) {
    this.registrations = List.copyOf(registrations);
    this.duplicates = List.copyOf(duplicates);
  }

  /**
   * Merges registrations from any number of sources, ordered by race, last name, first name and
   * id.
   */
  public static StartList merge(Collection<? extends Collection<Registration>> sources) {
    Map<String, Registration> byId = new LinkedHashMap<>();
    for (Collection<Registration> source : sources) {
      for (Registration r : source) {
        byId.put(r.id(), r);
      }
    }
    List<Registration> all = new ArrayList<>(byId.values());
    all.sort(ORDER);
    return new StartList(all, findDuplicates(all));
  }

  /** Merges the registrations of one list (e.g. read back from a file). */
  public static StartList of(Collection<Registration> registrations) {
    return merge(List.of(registrations));
  }

  /** The stable order of a start list: race, last name, first name, id. */
  public static final Comparator<Registration> ORDER = Comparator
      .comparing((Registration r) -> r.raceName().orElse(""), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(r -> r.participant().lastName().orElse(""), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(r -> r.participant().firstName().orElse(""), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Registration::id);

  /** Every registration, once per id, in {@link #ORDER}. */
  public List<Registration> registrations() {
    return registrations;
  }

  /** The people registered more than once, each with all their registrations. */
  public List<Duplicate> duplicates() {
    return duplicates;
  }

  /** The registration with this id ({@code provider:nativeId}). */
  public Optional<Registration> find(String id) {
    return registrations.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A copy with some registrations replaced (matched by id); others are kept. */
  public StartList withReplaced(Collection<Registration> replacements) {
    Map<String, Registration> byId = replacements.stream()
        .collect(Collectors.toMap(Registration::id, r -> r, (a, b) -> b));
    List<Registration> next = registrations.stream().map(r -> byId.getOrDefault(r.id(), r))
        .collect(Collectors.toList());
    return new StartList(next, findDuplicates(next));
  }

  /**
   * One person found in several registrations. Immutable; a final class rather than a record so
   * it can gain values without breaking callers.
   */
  public static final class Duplicate {
    private final String person;
    private final List<Registration> registrations;

    private Duplicate(String person, List<Registration> registrations) {
      this.person = Objects.requireNonNull(person, "person");
      this.registrations = List.copyOf(registrations);
    }

    /**
     * A duplicate.
     *
     * @param person how they were matched, for the report (e.g. {@code "virtanen aino 1990-05-17"})
     * @param registrations their registrations, in start-list order (copied)
     */
    public static Duplicate of(String person, List<Registration> registrations) {
      return new Duplicate(person, registrations);
    }

    /** How the person was matched, for the report (e.g. {@code "virtanen aino 1990-05-17"}). */
    public String person() {
      return person;
    }

    /** Their registrations, in start-list order. Unmodifiable. */
    public List<Registration> registrations() {
      return registrations;
    }

    /** Whether the registrations come from more than one platform. */
    public boolean acrossPlatforms() {
      return registrations.stream().map(Registration::provider).distinct().count() > 1;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Duplicate && person.equals(((Duplicate) o).person)
          && registrations.equals(((Duplicate) o).registrations);
    }

    @Override
    public int hashCode() {
      return Objects.hash(person, registrations);
    }

    @Override
    public String toString() {
      return "Duplicate{" + person + ", " + registrations.size() + " registrations}";
    }
  }

  private static List<Duplicate> findDuplicates(List<Registration> all) {
    int n = all.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // only rows sharing a name or an e-mail can match, so compare within those buckets
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      var p = all.get(i).participant();
      String name = nameKey(all.get(i));
      if (!name.isBlank()) {
        buckets.computeIfAbsent("n:" + name, k -> new ArrayList<>()).add(i);
      }
      if (p.email().isPresent()) {
        buckets.computeIfAbsent("e:" + p.email().get().trim().toLowerCase(Locale.ROOT),
            k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          if (samePerson(all.get(bucket.get(a)), all.get(bucket.get(b)))) {
            parent[find(parent, bucket.get(a))] = find(parent, bucket.get(b));
          }
        }
      }
    }
    Map<Integer, List<Registration>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<Duplicate> duplicates = new ArrayList<>();
    for (List<Registration> group : groups.values()) {
      if (group.size() > 1) {
        duplicates.add(Duplicate.of(describe(group.get(0)), group));
      }
    }
    return duplicates;
  }

  /** The matching rule of the class Javadoc. */
  static boolean samePerson(Registration a, Registration b) {
    var pa = a.participant();
    var pb = b.participant();
    if (pa.birthDate().isPresent() && pb.birthDate().isPresent()) {
      return !nameKey(a).isBlank() && nameKey(a).equals(nameKey(b))
          && pa.birthDate().equals(pb.birthDate());
    }
    return pa.email().isPresent() && pb.email().isPresent()
        && pa.email().get().trim().equalsIgnoreCase(pb.email().get().trim());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static String nameKey(Registration r) {
    var p = r.participant();
    return (normalise(p.lastName().orElse("")) + " " + normalise(p.firstName().orElse(""))).trim();
  }

  private static String describe(Registration r) {
    var p = r.participant();
    return nameKey(r) + p.birthDate().map(d -> " " + d).orElse(p.email().map(e -> " <" + e + ">").orElse(""));
  }

  /** Lower case, accents removed, anything but letters and digits dropped. */
  static String normalise(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
