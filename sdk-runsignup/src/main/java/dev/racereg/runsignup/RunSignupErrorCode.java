package dev.racereg.runsignup;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;
import dev.racereg.core.error.ApiException;
import java.util.Optional;

/**
 * RunSignup's own error codes ({@code {"error":{"error_code":N,"error_msg":".."}}}, usually inside
 * an HTTP 200). Open: a code this SDK does not know keeps its number. Read one from an exception
 * with {@link #of(ApiException)}.
 *
 * <p>How the client maps them to exceptions: 17 to {@link CallerRegistrationRejectedException} (an
 * {@link dev.racereg.core.error.AuthenticationException}, never retried); 6, 13, 101, 102 to
 * {@link dev.racereg.core.error.AuthenticationException} (the client logs in again or refreshes
 * its token once, when its credentials allow); 7, 103 to
 * {@link dev.racereg.core.error.PermissionDeniedException}; 14 to
 * {@link dev.racereg.core.error.RateLimitException} (retried for safe operations); 15, 201 to
 * {@link dev.racereg.core.error.NotFoundException}; 3, 9, 10, 11, 115, 116 to
 * {@link dev.racereg.core.error.BadRequestException}; any other code to a plain
 * {@link ApiException} carrying the code and message.
 */
public final class RunSignupErrorCode extends OpenEnum {

  private static final Values<RunSignupErrorCode> VALUES = new Values<>(RunSignupErrorCode::new);

  /** 1: unknown API method. */
  public static final RunSignupErrorCode UNKNOWN_METHOD = VALUES.known("1");
  /** 2: HTTP method not supported. */
  public static final RunSignupErrorCode HTTP_METHOD_NOT_SUPPORTED = VALUES.known("2");
  /** 3: invalid parameters. */
  public static final RunSignupErrorCode INVALID_PARAMETERS = VALUES.known("3");
  /** 4: unknown error. */
  public static final RunSignupErrorCode UNKNOWN_ERROR = VALUES.known("4");
  /** 5: database error. */
  public static final RunSignupErrorCode DATABASE_ERROR = VALUES.known("5");
  /** 6: key authentication failed. */
  public static final RunSignupErrorCode KEY_AUTHENTICATION_FAILED = VALUES.known("6");
  /** 7: permission denied. */
  public static final RunSignupErrorCode PERMISSION_DENIED = VALUES.known("7");
  /** 8: not implemented. */
  public static final RunSignupErrorCode NOT_IMPLEMENTED = VALUES.known("8");
  /** 9: invalid date. */
  public static final RunSignupErrorCode INVALID_DATE = VALUES.known("9");
  /** 10: response format not supported. */
  public static final RunSignupErrorCode FORMAT_NOT_SUPPORTED = VALUES.known("10");
  /** 11: invalid submission. */
  public static final RunSignupErrorCode INVALID_SUBMISSION = VALUES.known("11");
  /** 12: request received out of order. */
  public static final RunSignupErrorCode OUT_OF_ORDER = VALUES.known("12");
  /** 13: must be logged in. */
  public static final RunSignupErrorCode MUST_BE_LOGGED_IN = VALUES.known("13");
  /** 14: request throttled. */
  public static final RunSignupErrorCode THROTTLED = VALUES.known("14");
  /** 15: invalid id. */
  public static final RunSignupErrorCode INVALID_ID = VALUES.known("15");
  /**
   * 17: invalid API caller credentials: the API caller registration ({@code rsu_api_reg},
   * {@code X-RSU-API-REG-SECRET}) is not recognised; HTTP 400 or 200.
   */
  public static final RunSignupErrorCode INVALID_API_CALLER = VALUES.known("17");
  /** 101: user not found. */
  public static final RunSignupErrorCode USER_NOT_FOUND = VALUES.known("101");
  /** 102: e-mail or password invalid. */
  public static final RunSignupErrorCode LOGIN_INVALID = VALUES.known("102");
  /** 103: account temporarily locked. */
  public static final RunSignupErrorCode ACCOUNT_LOCKED = VALUES.known("103");
  /** 115: bib number invalid. */
  public static final RunSignupErrorCode BIB_NUMBER_INVALID = VALUES.known("115");
  /** 116: chip number invalid. */
  public static final RunSignupErrorCode CHIP_NUMBER_INVALID = VALUES.known("116");
  /** 201: race not found. */
  public static final RunSignupErrorCode RACE_NOT_FOUND = VALUES.known("201");

  private RunSignupErrorCode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known code, or an unknown code that keeps its spelling.
   *
   * @throws NullPointerException if {@code code} is null
   */
  @JsonCreator
  public static RunSignupErrorCode of(String code) {
    return VALUES.of(code.trim());
  }

  /** The RunSignup code an exception carries, if the platform sent one. */
  public static Optional<RunSignupErrorCode> of(ApiException e) {
    return e.providerCode().filter(c -> !c.isBlank()).map(RunSignupErrorCode::of);
  }
}
