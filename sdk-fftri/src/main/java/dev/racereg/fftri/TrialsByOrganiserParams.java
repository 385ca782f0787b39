package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;

/**
 * Parameters of {@link FftriClient#trialsByOrganiser(TrialsByOrganiserParams)}: an organiser's
 * espacetri login and API key (shown on the home page of their espacetri account). The key
 * travels in the URL path; the client masks it in logs, logged URLs and exception messages.
 * Immutable; build with {@link #builder()}.
 */
public final class TrialsByOrganiserParams extends RequestParams {

  private final String login;
  private final Secret key;

  private TrialsByOrganiserParams(Builder b) {
    super(b);
    this.login = Validation.notBlank(b.login, "login").strip();
    if (b.blankKey) {
      throw new ValidationException("key", "must not be blank");
    }
    if (b.key == null) {
      throw new ValidationException("key", "must be set");
    }
    this.key = b.key;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The organiser's espacetri login ({@code login}), e.g. {@code ORGA12345}. */
  public String login() {
    return login;
  }

  /** The organiser's API key ({@code key}). */
  public Secret key() {
    return key;
  }

  @Override
  protected void components(Components c) {
    // the key travels in the path and opens the organiser's account: never printed
    c.add("login", login).secret("key", key);
  }

  /** Builds {@link TrialsByOrganiserParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<TrialsByOrganiserParams, Builder> {
    private String login;
    private Secret key;
    private boolean blankKey; // reported by build(): Secret itself refuses blank values

    private Builder() {}

    private Builder(TrialsByOrganiserParams p) {
      super(p);
      login = p.login;
      key = p.key;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The organiser's espacetri login. Required. */
    public Builder login(String login) {
      this.login = login;
      return this;
    }

    /** The organiser's API key. Required, not blank. */
    public Builder key(String key) {
      this.blankKey = key != null && key.isBlank();
      this.key = key == null || blankKey ? null : Secret.of(key.strip());
      return this;
    }

    /** The organiser's API key. Required. */
    public Builder key(Secret key) {
      this.blankKey = false;
      this.key = key;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if the login is blank or the key missing
     */
    @Override
    public TrialsByOrganiserParams build() {
      return new TrialsByOrganiserParams(this);
    }
  }
}
