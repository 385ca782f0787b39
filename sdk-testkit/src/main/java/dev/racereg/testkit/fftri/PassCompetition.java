package dev.racereg.testkit.fftri;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A pass compétition (a one-day race permit for a non-member) as the simulator holds it: what
 * {@code pass-competition/{pass}/{trial}} and {@code pass-competition-list} serve.
 *
 * @param passNumber the pass number, {@code "PC"} followed by the 6-digit trial id and a 6-digit
 *     sequence number within the trial (a layout of the simulator; the doc only shows
 *     {@code PCXXXXX})
 * @param trialId the trial it was sold for
 * @param firstName first name of the participant
 * @param lastName last name of the participant
 * @param birthDate date of birth of the participant
 * @param email e-mail of the participant
 * @param created day the pass was created
 * @param status the pass's status
 * @param paid whether it is paid ({@code isPaid})
 * @param refunded whether it was refunded ({@code refund})
 * @param type {@code 1} individual, {@code 2} relay, {@code 3} leisure
 * @param provider the technical provider account (X-USER) that sold it
 * @param canceledReason the reason given on refund or cancellation, {@code null} if none
 * @param price price paid in euros
 * @param ituFedeId the ITU federation of a foreign member, {@code null} if none
 * @param ituLicenseNumber the ITU licence number, {@code null} if none
 * @param sendInvoice whether an invoice is sent
 * @param language invoice language, {@code "FR"} or {@code "EN"}
 */
public record PassCompetition(
    String passNumber,
    int trialId,
    String firstName,
    String lastName,
    LocalDate birthDate,
    String email,
    LocalDate created,
    Status status,
    boolean paid,
    boolean refunded,
    int type,
    String provider,
    String canceledReason,
    BigDecimal price,
    Integer ituFedeId,
    String ituLicenseNumber,
    boolean sendInvoice,
    String language) {

  /** The statuses of a pass, as the doc lists them for {@code statusDescription}. */
  public enum Status {
    /** Created, not yet validated ({@code created}, "Créé"). */
    CREATED,
    /** Paid and valid ({@code valid}, "Valide"). */
    VALID,
    /** Used on race day ({@code used}, "Utilisé"). */
    USED,
    /** Refunded ({@code refund}, "Remboursé"). */
    REFUND,
    /** Cancelled ({@code cancel}, "Annulé"). */
    CANCEL;

    /** The value served in {@code statusDescription}: the lower-case constant name. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The value served in {@code typeDescription}: {@code "individual"} as in the doc's example;
   * {@code "relay"} and {@code "leisure"} for the other types are inferred.
   */
  public String typeDescription() {
    switch (type) {
      case 2:
        return "relay";
      case 3:
        return "leisure";
      default:
        return "individual";
    }
  }

  PassCompetition withState(Status newStatus, boolean newPaid, boolean newRefunded, String reason) {
    return new PassCompetition(passNumber, trialId, firstName, lastName, birthDate, email, created,
        newStatus, newPaid, newRefunded, type, provider, reason, price, ituFedeId, ituLicenseNumber,
        sendInvoice, language);
  }
}
