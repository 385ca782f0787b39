package dev.racereg.fftri;

import dev.racereg.core.internal.codec.IsoTimes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Every behaviour of the espacetri API that this SDK <b>infers</b> rather than reads in the
 * platform's documentation, in one place so each is cheap to correct. Nothing here is
 * documented by the FFTri; each entry says what it is based on.
 */
final class FftriInferred {

  private FftriInferred() {}

  /**
   * Prices ({@code price}, {@code pass_price}) are in euros, in major units (the doc's {@code
   * 'price' => 20} for a 20 EUR pass). Inferred: the doc names no currency; the FFTri is French.
   */
  static final Currency CURRENCY = Currency.getInstance("EUR");

  /**
   * The time zone of the platform's dates without time ({@code created}) and of "today" when the
   * current season is chosen. Inferred: the FFTri is French; the doc names no zone.
   */
  static final java.time.ZoneId PLATFORM_ZONE = java.time.ZoneId.of("Europe/Paris");

  /**
   * An empty keyed collection may arrive as {@code []} (PHP's {@code json_encode} of an empty
   * array), and a list of passes keyed {@code "0"}, {@code "1"}... may arrive as an array.
   * Inferred from the PHP implementation the samples show.
   */
  static final boolean EMPTY_COLLECTION_AS_ARRAY = true;

  /**
   * Whether a {@code test-licence} message says the licence is valid for the season. Third-party
   * callers treat a message containing {@code OK} as found and valid (seen in their code); the
   * doc shows only {@code "OK - licence found and available for season"}.
   */
  static boolean licenceTestSaysValid(String message) {
    return message != null && message.contains("OK") && !saysKo(message);
  }

  private static boolean saysKo(String message) {
    String m = message.trim().toUpperCase(Locale.ROOT);
    return m.startsWith("KO") || m.startsWith("NOK") || m.startsWith("NOT OK");
  }

  /**
   * Whether a refusal message says the licence exists but not for the requested season (so no
   * probing of other seasons is needed). Inferred as the negation of the documented success
   * message "found and available for season": a refusal saying the licence is not available /
   * not valid for the season (English or French) without saying it is not found or unknown.
   */
  static boolean refusalSaysOtherSeason(String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    boolean unknown = m.contains("not found") || m.contains("unknown") || m.contains("introuvable")
        || m.contains("inconnue") || m.contains("non trouvée") || m.contains("pas trouvée")
        || m.contains("n'existe") || m.contains("does not exist");
    boolean unavailable = m.contains("not available") || m.contains("unavailable") || m.contains("not valid")
        || m.contains("non valide") || m.contains("pas valide") || m.contains("non disponible")
        || m.contains("pas disponible") || m.contains("other season") || m.contains("autre saison");
    return unavailable && !unknown;
  }

  /**
   * A 2xx body reporting a failure without a {@code success} flag: a top-level, non-empty
   * {@code error} string. The doc shows {@code error} only next to {@code success}; treating it
   * alone as a failure is inferred (no successful answer documented has an {@code error} field).
   */
  static final boolean ERROR_FIELD_ALONE_IS_FAILURE = true;

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /**
   * Parses a date. The doc shows {@code YYYY-MM-DD}; also accepted (inferred from PHP/MySQL and
   * French CSV habits): a date-time whose first 10 characters are the date
   * ({@code 2022-01-01 10:00:00}), {@code DD/MM/YYYY}, and {@code 0000-00-00} as absent.
   *
   * @return the date, or null for the zero date
   * @throws RuntimeException if the text is none of these
   */
  static LocalDate parseDate(String text) {
    String t = text.trim();
    if (t.startsWith("0000-00-00")) {
      return null;
    }
    if (t.length() > 10 && t.charAt(4) == '-' && (t.charAt(10) == ' ' || t.charAt(10) == 'T')) {
      t = t.substring(0, 10);
    }
    if (t.length() == 10 && t.charAt(2) == '/') {
      return LocalDate.parse(t, FRENCH_DATE);
    }
    LocalDate iso = IsoTimes.date(t); // the documented form, without the general parser's cost
    return iso != null ? iso : LocalDate.parse(t);
  }

  /**
   * The CSV variant of the pass list ({@code .../<csv>} = 1) is documented only as "text
   * formatted for a CSV". Inferred: a header row, then one row per pass; the separator is the
   * first of {@code ;}, {@code ,} or tab found in the header; the body may also arrive wrapped in
   * a JSON string. Columns named like the JSON fields map to them; these French labels too
   * (lower-cased, accents removed, spaces and punctuation dropped before lookup).
   */
  static final Map<String, String> CSV_HEADER_ALIASES = Map.ofEntries(
      Map.entry("prenom", "firstname"),
      Map.entry("nom", "lastname"),
      Map.entry("datedenaissance", "birthDate"),
      Map.entry("naissance", "birthDate"),
      Map.entry("email", "email"),
      Map.entry("mail", "email"),
      Map.entry("adressemail", "email"),
      Map.entry("numerodupass", "passNumber"),
      Map.entry("numeropass", "passNumber"),
      Map.entry("pass", "passNumber"),
      Map.entry("datedecreation", "created"),
      Map.entry("creation", "created"),
      Map.entry("statut", "statusDescription"),
      Map.entry("status", "statusDescription"),
      Map.entry("paye", "isPaid"),
      Map.entry("rembourse", "refund"),
      Map.entry("type", "type"),
      Map.entry("descriptiondutype", "typeDescription"),
      Map.entry("typedescription", "typeDescription"));

  /** Candidate CSV separators, in order of preference. */
  static final char[] CSV_SEPARATORS = {';', ',', '\t'};
}
