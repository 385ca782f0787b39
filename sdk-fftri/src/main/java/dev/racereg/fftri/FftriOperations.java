package dev.racereg.fftri;

import java.util.Map;

/**
 * The operation names the client gives its requests (they appear in logs and errors), and which
 * of them carry the {@code X-Auth-Token}.
 */
final class FftriOperations {

  static final String PING = "fftri.ping";
  static final String SEASONS = "fftri.seasons";
  static final String CLUBS = "fftri.clubs";
  static final String CLUB = "fftri.club";
  static final String AGE_CATEGORIES = "fftri.ageCategories";
  static final String TEST_LICENCE = "fftri.testLicence";
  static final String LICENCE_INFOS = "fftri.licenceInfos";
  static final String CREATE_PASS = "fftri.createPass";
  static final String UPDATE_PASS = "fftri.updatePass";
  static final String VERIFY_PASS = "fftri.verifyPass";
  static final String LIST_PASSES = "fftri.listPasses";
  static final String LIST_PASSES_CSV = "fftri.listPassesCsv";
  static final String TRIALS_BY_ORGANISER = "fftri.trialsByOrganiser";
  static final String ITU_FEDERATION = "fftri.ituFederation";
  static final String ITU_AFFILIATED = "fftri.ituAffiliatedFederations";
  static final String ITU_FEDERATIONS = "fftri.ituFederations";

  /** Whether an operation sends the token. */
  enum TokenUse {
    /** Never. */
    NONE,
    /** When a passphrase is configured (the doc's samples show it; its text does not ask for it). */
    IF_CONFIGURED,
    /** Always: the operation is refused without a passphrase. */
    REQUIRED
  }

  private static final Map<String, TokenUse> TOKEN = Map.of(
      CREATE_PASS, TokenUse.REQUIRED,
      UPDATE_PASS, TokenUse.REQUIRED,
      VERIFY_PASS, TokenUse.REQUIRED,
      LIST_PASSES, TokenUse.REQUIRED,
      LIST_PASSES_CSV, TokenUse.REQUIRED,
      ITU_FEDERATION, TokenUse.IF_CONFIGURED,
      ITU_AFFILIATED, TokenUse.IF_CONFIGURED,
      ITU_FEDERATIONS, TokenUse.IF_CONFIGURED);

  private FftriOperations() {}

  static TokenUse tokenUse(String operation) {
    return TOKEN.getOrDefault(operation, TokenUse.NONE);
  }
}
