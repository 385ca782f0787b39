package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link RunSignupClient#login}: a RunSignup user's e-mail and password, sent as the
 * form fields {@code email} and {@code password} (additional body properties are further form
 * fields). Immutable; the password prints as {@code ****}.
 */
public final class LoginParams extends RequestParams {

  private final String email;
  private final Secret password;

  private LoginParams(Builder b) {
    super(b);
    this.email = Validation.notBlank(b.email, "email").trim();
    this.password = Secret.of(Validation.notBlank(b.password, "password"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The e-mail and password.
   *
   * @throws dev.racereg.core.error.ValidationException if either is blank
   */
  public static LoginParams of(String email, String password) {
    return builder().email(email).password(password).build();
  }

  /** From {@link RunSignupCredentials.Login} credentials. */
  @SuppressWarnings("deprecation")
  static LoginParams of(RunSignupCredentials.Login login) {
    return of(login.email(), login.password().reveal());
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
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("email", email).secret("password", password);
  }

  /** Builds {@link LoginParams}. */
  public static final class Builder extends RequestParams.Builder<LoginParams, Builder> {
    private String email;
    private String password;

    private Builder() {}

    private Builder(LoginParams p) {
      super(p);
      email = p.email;
      password = p.password.reveal();
    }

    /** The account's e-mail (required). */
    public Builder email(String v) {
      email = v;
      return this;
    }

    /** The password (required). */
    public Builder password(String v) {
      password = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.racereg.core.error.ValidationException if the e-mail or password is blank
     */
    @Override
    public LoginParams build() {
      return new LoginParams(this);
    }
  }
}
