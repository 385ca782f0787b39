package dev.racereg.runsignup;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link RunSignupClient#login}: a RunSignup user's e-mail and password, sent as the
 * form fields {@code email} and {@code password}. Immutable; the password prints as {@code ****}.
 */
public final class LoginParams {

  private final String email;
  private final Secret password;

  private LoginParams(String email, String password) {
    this.email = Validation.notBlank(email, "email").trim();
    this.password = Secret.of(Validation.notBlank(password, "password"));
  }

  /**
   * The e-mail and password.
   *
   * @throws dev.racereg.core.error.ValidationException if either is blank
   */
  public static LoginParams of(String email, String password) {
    return new LoginParams(email, password);
  }

  /** From {@link RunSignupCredentials.Login} credentials. */
  static LoginParams of(RunSignupCredentials.Login login) {
    return new LoginParams(login.email(), login.password().reveal());
  }

  /** The e-mail. */
  public String email() {
    return email;
  }

  /** The password. */
  public Secret password() {
    return password;
  }

  @Override
  public String toString() {
    return "LoginParams{email=" + email + ", password=****}";
  }
}
