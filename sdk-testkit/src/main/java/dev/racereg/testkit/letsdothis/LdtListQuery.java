package dev.racereg.testkit.letsdothis;

import dev.racereg.testkit.SimRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query of a paginated list endpoint, validated: {@code page[size]} (1..500, default 100),
 * {@code page[after]} / {@code page[before]}, {@code createdAt[after|before]}, {@code
 * updatedAt[after|before]} (ISO 8601 instants such as {@code 2020-01-01T20:15:00.000Z}; both
 * bounds exclusive), {@code sort[createdAt]} / {@code sort[updatedAt]} ({@code 1} or {@code -1}),
 * {@code extendMetadata} where the endpoint has it, and the endpoint's own filters.
 *
 * <p>Unknown parameters are rejected with 400 ({@code property x should not exist}); this
 * strictness is <b>inferred</b> (NestJS {@code forbidNonWhitelisted}) and catches misspelt or
 * badly encoded parameter names such as the doc's own {@code page%3Fsize%5B}.
 */
final class LdtListQuery {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private static final List<String> COMMON = List.of("page[size]", "page[after]", "page[before]",
      "createdAt[after]", "createdAt[before]", "updatedAt[after]", "updatedAt[before]",
      "sort[updatedAt]", "sort[createdAt]");

  final int size;
  final LdtSort sort;
  final LdtCursors.Position after;
  final LdtCursors.Position before;
  final Long createdAfter;
  final Long createdBefore;
  final Long updatedAfter;
  final Long updatedBefore;
  final boolean extendMetadata;
  private final Map<String, String> filters;

  private LdtListQuery(int size, LdtSort sort, LdtCursors.Position after,
      LdtCursors.Position before, Long[] dates, boolean extendMetadata, Map<String, String> filters) {
    this.size = size;
    this.sort = sort;
    this.after = after;
    this.before = before;
    this.createdAfter = dates[0];
    this.createdBefore = dates[1];
    this.updatedAfter = dates[2];
    this.updatedBefore = dates[3];
    this.extendMetadata = extendMetadata;
    this.filters = filters;
  }

  /** An endpoint-specific filter's value, blank values treated as absent. */
  Optional<String> filter(String name) {
    return Optional.ofNullable(filters.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * Parses and validates.
   *
   * @param extra the endpoint's own filter parameters
   * @param withMetadata whether the endpoint accepts {@code extendMetadata}
   * @throws LdtApiException 400 listing every broken rule, or for a bad cursor
   */
  static LdtListQuery parse(SimRequest request, String collection, Set<String> extra,
      boolean withMetadata, LdtCursors cursors) {
    List<String> violations = new ArrayList<>();
    for (String name : request.queryParameters().keySet()) {
      if (!COMMON.contains(name) && !extra.contains(name)
          && !(withMetadata && "extendMetadata".equals(name))) {
        violations.add("property " + name + " should not exist");
      }
    }
    int size = DEFAULT_PAGE_SIZE;
    Optional<String> sizeText = request.query("page[size]");
    if (sizeText.isPresent()) {
      try {
        double parsed = Double.parseDouble(sizeText.get().trim());
        if (parsed != Math.rint(parsed) || Double.isInfinite(parsed)) {
          violations.add("page[size] must be an integer number");
        } else if (parsed < 1) {
          violations.add("page[size] must not be less than 1");
        } else if (parsed > MAX_PAGE_SIZE) {
          violations.add("page[size] must not be greater than " + MAX_PAGE_SIZE);
        } else {
          size = (int) parsed;
        }
      } catch (NumberFormatException e) {
        violations.add("page[size] must be a number conforming to the specified constraints");
      }
    }
    String[] dateNames = {"createdAt[after]", "createdAt[before]", "updatedAt[after]",
        "updatedAt[before]"};
    Long[] dates = new Long[4];
    for (int i = 0; i < dateNames.length; i++) {
      Optional<String> text = request.query(dateNames[i]);
      if (text.isPresent() && !text.get().isEmpty()) {
        Long millis = parseInstant(text.get());
        if (millis == null) {
          violations.add(dateNames[i] + " must be a valid ISO 8601 date string");
        }
        dates[i] = millis;
      }
    }
    List<LdtSort.Key> keys = new ArrayList<>();
    for (String name : request.queryParameters().keySet()) {
      if (name.equals("sort[createdAt]") || name.equals("sort[updatedAt]")) {
        String value = request.query(name).orElse("");
        if (value.equals("1") || value.equals("-1")) {
          keys.add(new LdtSort.Key(name.substring(5, name.length() - 1), Integer.parseInt(value)));
        } else if (!value.isEmpty()) {
          violations.add(name + " must be one of the following values: 1, -1");
        }
      }
    }
    boolean extend = false;
    Optional<String> extendText = request.query("extendMetadata");
    if (withMetadata && extendText.isPresent() && !extendText.get().isEmpty()) {
      if (extendText.get().equals("true")) {
        extend = true;
      } else if (!extendText.get().equals("false")) {
        violations.add("extendMetadata must be a boolean value");
      }
    }
    Optional<String> afterText = request.query("page[after]").filter(s -> !s.isEmpty());
    Optional<String> beforeText = request.query("page[before]").filter(s -> !s.isEmpty());
    if (afterText.isPresent() && beforeText.isPresent()) {
      violations.add("page[after] and page[before] cannot be used together");
    }
    if (!violations.isEmpty()) {
      throw LdtApiException.validation(violations);
    }
    LdtSort sort = keys.isEmpty() ? LdtSort.DEFAULT : new LdtSort(keys);
    LdtCursors.Position after = afterText.map(c -> cursors.decode(c, collection, sort)).orElse(null);
    LdtCursors.Position before =
        beforeText.map(c -> cursors.decode(c, collection, sort)).orElse(null);
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : extra) {
      request.query(name).ifPresent(v -> filters.put(name, v));
    }
    return new LdtListQuery(size, sort, after, before, dates, extend, filters);
  }

  /** Whether a row passes the date filters (all bounds exclusive). */
  boolean inDateRange(LdtSortable row) {
    long created = row.createdAtMillis();
    long updated = row.updatedAtMillis();
    return (createdAfter == null || created > createdAfter)
        && (createdBefore == null || created < createdBefore)
        && (updatedAfter == null || updated > updatedAfter)
        && (updatedBefore == null || updated < updatedBefore);
  }

  private static Long parseInstant(String text) {
    try {
      return Instant.parse(text).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant().toEpochMilli();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
