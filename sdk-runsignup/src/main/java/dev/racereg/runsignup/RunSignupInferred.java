package dev.racereg.runsignup;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Every RunSignup behaviour this client relies on that RunSignup's published material does not
 * show (FACTS.md marks them <b>inferred</b>). They live here, and only here, so that correcting
 * one is a one-line change. Everything not listed is <b>seen</b> in RunSignup's documentation.
 *
 * <ul>
 *   <li>Money strings such as {@code "$22.00"} are US dollars ({@link #CURRENCY}).</li>
 *   <li>Zone-less times other than an event's start and end ({@code registration_date},
 *       {@code removed_date}, a race's {@code created}) are US Eastern time ({@link #PLATFORM_ZONE}),
 *       as RunSignup's race listing says of "all other dates"; the event times are in the race's
 *       own {@code timezone}.</li>
 *   <li>The registration-periods and logout success body is {@code {"success":true}} (or
 *       {@code <success>T</success>} in XML); the client accepts any truthy spelling and treats a
 *       body without an error as success.</li>
 *   <li>{@code POST /Login} answers {@code {"tmp_key":..,"tmp_secret":..}} at the top level (also
 *       accepted one level down, e.g. under {@code "login"}).</li>
 *   <li>The temporary key is renewed after {@link #TMP_KEY_RENEW_AFTER_IDLE} without use: RunSignup
 *       says it expires one hour after last use (seen); the margin is ours.</li>
 *   <li>The OAuth token endpoints take the RFC 6749 form fields ({@code grant_type},
 *       {@code refresh_token} or {@code code} + {@code redirect_uri} + {@code code_verifier},
 *       {@code client_id}, {@code client_secret} when the app has one) and answer errors in the
 *       RFC 6749 shape ({@code {"error":"invalid_grant","error_description":".."}}).</li>
 *   <li>Request documents other than registration periods follow the registration-period pattern:
 *       a plural root holding singular items ({@code participants}/{@code participant},
 *       {@code results}/{@code result}); for those, {@code request_format} and the other
 *       parameters travel in the query string (as FACTS.md says of POST bodies in general) while
 *       registration periods send {@code event_id} and {@code request_format} as form fields (as
 *       their documentation's table says).</li>
 *   <li>An edit of participants answers with the edited rows under {@code participants} (an empty
 *       or other success body is accepted too); a bib is cleared by sending {@code bib_num} empty.
 *       At most {@link #EDIT_BATCH_SIZE} rows are sent per request.</li>
 *   <li>Removed participants come in the same envelope as participants (an array of
 *       {@code {"event":..,"participants":[..]}}), with a {@code removed_date}; a bare
 *       {@code {"removed_participants":[..]}} list is accepted too.</li>
 *   <li>Result sets: {@code get-result-sets} and {@code get-results} answer
 *       {@code {"individual_results_sets":[..]}} with {@code individual_result_set_id} and
 *       {@code individual_result_set_name}; {@code new-result-set} answers
 *       {@code {"individual_result_set_id":N}}; {@code full-results} takes
 *       {@code event_id} and {@code individual_result_set_id} in the query and answers
 *       {@code {"success":true,"num_results_inserted":N,"num_results_updated":M}}; result rows
 *       use {@code bib_num}/{@code chip_num} like participants; times are {@code h:mm:ss} with
 *       optional fractions.</li>
 *   <li>Registration add-ons come as {@code participant_addons[]} of {@code addon_id},
 *       {@code addon_name}, {@code quantity} and {@code amount}, all strings, when asked for with
 *       {@code include_registration_addons=T} (seen in two independent public clients, not in
 *       RunSignup's docs); that {@code amount} is US dollars like other money strings is inferred.</li>
 *   <li>A result row has no status, gender place, category place or split field, so the unified
 *       result push sends finishers only, with the overall place and the chip and clock times
 *       ({@link RunSignupResultPushTarget}); it posts 25 rows per call, as RunSignup's examples do.</li>
 * </ul>
 *
 * <p><b>Host</b> (seen, announced by RunSignup on 2025-08-06): the API moved to
 * {@code https://api.runsignup.com/rest}, the client's default; {@code https://runsignup.com/Rest},
 * the host of the published method pages, still answers the same with no retirement date. The
 * OAuth consent page stays on {@code https://runsignup.com}.
 *
 * <p><b>RunSignup's 2026 changes</b>, seen in public code and notes of independent RunSignup
 * clients of 2026 that agree (announcement of 2026-07-17):
 * <ul>
 *   <li>The API caller registration is a token shaped {@code <id>.<token>} sent as the query
 *       parameter {@code rsu_api_reg} and a secret sent as the header {@code X-RSU-API-REG-SECRET},
 *       issued on the API Keys page. It identifies the application, authenticates nothing, travels
 *       in addition to every auth mode (and alone on public endpoints) and covers both hosts
 *       ({@code runsignup.com/Rest}, {@code api.runsignup.com/rest}). Required from 2027-01-01;
 *       validated already: an unrecognised token or secret fails every call with HTTP 400 and
 *       {@code {"error":{"error_code":17,"error_msg":"Invalid API caller credentials."}}}. The
 *       client also reads code 17 inside an HTTP 200, as RunSignup reports its other errors.</li>
 *   <li>A caller may have 2 calls in flight ({@link RunSignupClient#DEFAULT_MAX_CONCURRENT_CALLS}).
 *       How RunSignup refuses a third is not published; the client never sends one.</li>
 *   <li>The CDN in front of RunSignup answers 522 transiently; a safe call retried once succeeds.
 *       The client retries its whole 520-524 range like 502-504 (the range is ours).</li>
 *   <li>Temporary e-mail/password keys ({@code /Login}, {@code tmp_key}) are deprecated since
 *       2026-02-01 (still answering); OAuth 1.0 was removed on 2026-04-01; OAuth 2.0 is
 *       preferred. Its consent page {@code GET /Profile/OAuth2/RequestGrant} answers only on
 *       {@code https://runsignup.com} (the spec's {@code api.runsignup.com} gives a 404);
 *       {@code code_challenge_method} defaults to {@code plain} when omitted, so {@code S256} is
 *       always sent; scopes include {@code rsu_api_read} and {@code rsu_api_write}; access tokens
 *       last about a month and refresh tokens about 20 years. The token endpoints answer real
 *       HTTP statuses with the OAuth error shape, unlike the REST endpoints.</li>
 *   <li>Inferred: the consent URL takes {@code response_type=code}, {@code client_id},
 *       {@code redirect_uri}, {@code scope} (space-separated), {@code state},
 *       {@code code_challenge} and {@code code_challenge_method} (RFC 6749 and RFC 7636 names);
 *       the registration is sent on the token endpoints too.</li>
 * </ul>
 */
final class RunSignupInferred {

  private RunSignupInferred() {}

  /** The currency of RunSignup's money strings. */
  static final Currency CURRENCY = Currency.getInstance("USD");

  /** The zone of RunSignup's zone-less times other than event start and end times. */
  static final ZoneId PLATFORM_ZONE = ZoneId.of("America/New_York");

  /** How long a temporary key may sit unused before the client logs in again instead. */
  static final Duration TMP_KEY_RENEW_AFTER_IDLE = Duration.ofMinutes(55);

  /** How long before an OAuth access token's expiry the client refreshes it. */
  static final Duration OAUTH_REFRESH_SKEW = Duration.ofSeconds(60);

  /** The most participant rows sent in one edit request. */
  static final int EDIT_BATCH_SIZE = 250;

  /** The success flag of write responses. */
  static final String SUCCESS = "success";

  /** Login response fields. */
  static final String TMP_KEY = "tmp_key";
  /** Login response fields. */
  static final String TMP_SECRET = "tmp_secret";

  /** Request document roots and items. */
  static final String PARTICIPANTS_ROOT = "participants";
  /** Request document roots and items. */
  static final String PARTICIPANT_ITEM = "participant";
  /** Request document roots and items. */
  static final String RESULTS_ROOT = "results";
  /** Request document roots and items. */
  static final String RESULT_ITEM = "result";
  /** The new-result-set request document root (XML only). */
  static final String RESULT_SET_ROOT = "individual_result_set";

  /** Result-set list field of get-result-sets and get-results. */
  static final String RESULT_SETS = "individual_results_sets";
  /** A result set's id field. */
  static final String RESULT_SET_ID = "individual_result_set_id";
  /** A result set's name field. */
  static final String RESULT_SET_NAME = "individual_result_set_name";
  /** Counts in the full-results answer. */
  static final String NUM_INSERTED = "num_results_inserted";
  /** Counts in the full-results answer. */
  static final String NUM_UPDATED = "num_results_updated";

  /** The alternative list field for removed participants. */
  static final String REMOVED_PARTICIPANTS = "removed_participants";

  /** OAuth token endpoint paths (seen) relative to the base URL. */
  static final String OAUTH_REFRESH_PATH = "/v2/auth/refresh-token.json";
  /** OAuth token endpoint paths (seen) relative to the base URL. */
  static final String OAUTH_REDEEM_PATH = "/v2/auth/auth-code-redemption.json";
}
