package dev.racereg.pace;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documented columns of a PACE participant export, with every label PACE is known or
 * believed to use for each. This enum is the SDK's single label table: PACE keys its JSON
 * objects by human-readable labels, which it translates when {@code language=fi} is requested.
 *
 * <p><b>Partially inferred.</b> The first label of each field ({@link #englishLabel()}) is seen:
 * PACE's documentation lists them all. Other English spellings ({@code "Licence validation"},
 * {@code "Date of birth"}...) are tolerance for drift. Of the Finnish labels, only
 * {@code "Event name" -> "Tapahtuma"} is documented; every other one is a reasoned guess at
 * PACE's translation, kept in this one place so it is cheap to correct. A wrong guess costs
 * little: a field whose key is not recognised lands in {@link PaceParticipant#unknownFields()} and
 * stays in {@link PaceParticipant#row()}, so nothing is lost and nothing fails.
 *
 * <p>Labels are matched case-insensitively, ignoring spaces, punctuation and accents
 * ({@code "Birth date"}, {@code "birthdate"} and {@code "BIRTHDATE"} all match
 * {@link #BIRTHDATE}), so small spelling drifts on PACE's side do not hide a field.
 */
public enum PaceField {
  /** {@code "Event name"}; Finnish {@code "Tapahtuma"} (documented). */
  EVENT_NAME("Event name", "Tapahtuma", "Tapahtuman nimi"),
  /** {@code "Distance"}: the race within the event ("Marathon"). */
  DISTANCE("Distance", "Matka"),
  /** {@code "Group"}: the category or start group ("General", "Elite"). */
  GROUP("Group", "Ryhmä", "Sarja", "Lähtöryhmä"),
  /** {@code "Payment"}: the amount paid, in major units of {@link #CURRENCY} ({@code 30}). */
  PAYMENT("Payment", "Maksu", "Hinta"),
  /** {@code "Currency"}: ISO 4217 code ("EUR"). */
  CURRENCY("Currency", "Valuutta"),
  /** {@code "License validation"} ("Yes"/"No"). The British spelling is accepted too. */
  LICENCE_VALIDATION("License validation", "Licence validation", "Lisenssin tarkistus",
      "Lisenssin validointi", "Lisenssin vahvistus"),
  /** {@code "Order date"}: when the order was placed, an RFC 3339 instant. */
  ORDER_DATE("Order date", "Tilauspäivä", "Tilauspäivämäärä", "Tilausaika"),
  /** {@code "Order number"} ("KI759205"); one order may hold several participants. */
  ORDER_NUMBER("Order number", "Tilausnumero"),
  /** {@code "Status"}: the payment status ("succeeded"). */
  STATUS("Status", "Tila"),
  /** {@code "Updated at"}: the last change, an RFC 3339 instant; the export is sorted by it. */
  UPDATED_AT("Updated at", "Päivitetty", "Päivitetty viimeksi"),
  /** {@code "First name"}. */
  FIRST_NAME("First name", "Etunimi"),
  /** {@code "Last name"}. */
  LAST_NAME("Last name", "Sukunimi"),
  /** {@code "Email"}. */
  EMAIL("Email", "E-mail", "Sähköposti"),
  /** {@code "Birthdate"} ({@code 2001-06-10}). */
  BIRTHDATE("Birthdate", "Birth date", "Date of birth", "Syntymäaika", "Syntymäpäivä"),
  /** {@code "Gender"} ("female", "male"). */
  GENDER("Gender", "Sukupuoli"),
  /** {@code "Country"}: country of residence, ISO 3166 alpha-2 ("FI"). */
  COUNTRY("Country", "Maa", "Asuinmaa"),
  /** {@code "Phone"} ("+358412345678"). */
  PHONE("Phone", "Puhelin", "Puhelinnumero"),
  /** {@code "Nationality"}, ISO 3166 alpha-2 ("FI"). */
  NATIONALITY("Nationality", "Kansalaisuus"),
  /** {@code "Sport ID"}: the athlete's Finnish Sport ID (licence) number. */
  SPORT_ID("Sport ID", "SportID", "Sport-ID");

  private static final Map<String, PaceField> BY_KEY = new HashMap<>();

  /**
   * Distinct keys seen, enough for every label of this table in every spelling plus the custom
   * questions of many events; beyond it keys are normalised on each lookup.
   */
  static final int LABEL_CACHE_CAPACITY = 1024;

  /** Filled lazily, after {@link #BY_KEY}: it resolves through it. */
  private static final class Cache {
    static final LabelCache INSTANCE = new LabelCache(LABEL_CACHE_CAPACITY);
  }

  static {
    for (PaceField field : values()) {
      for (String label : field.labels) {
        PaceField previous = BY_KEY.put(normalise(label), field);
        if (previous != null && previous != field) {
          throw new IllegalStateException("label " + label + " is claimed by " + previous
              + " and " + field);
        }
      }
    }
  }

  private final List<String> labels;

  PaceField(String english, String... others) {
    this.labels = List.of(concat(english, others));
  }

  /** The English label exactly as PACE's documentation writes it, e.g. {@code "Event name"}. */
  public String englishLabel() {
    return labels.get(0);
  }

  /**
   * Every label this field is recognised by: the English one first, then known and inferred
   * variants and Finnish translations.
   */
  public List<String> labels() {
    return labels;
  }

  /** Whether {@code key} (a key of a participant object) names this field. */
  public boolean matches(String key) {
    return key != null && lookup(key) == this;
  }

  /**
   * The field a key of a participant object names, if it is one of the documented columns (in any
   * known language or spelling).
   */
  public static Optional<PaceField> forLabel(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(lookup(key));
  }

  /** The field {@code key} names, or null; remembered, so repeated keys cost one map lookup. */
  static PaceField lookup(String key) {
    return Cache.INSTANCE.field(key);
  }

  /** The field {@code key} names, or null, computed without the cache. */
  static PaceField resolve(String key) {
    return BY_KEY.get(normalise(key));
  }

  /** Lower case, accents removed, only letters and digits kept. */
  static String normalise(String label) {
    String decomposed = Normalizer.normalize(label, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
