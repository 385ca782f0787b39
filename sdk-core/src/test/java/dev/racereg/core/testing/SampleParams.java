package dev.racereg.core.testing;

import dev.racereg.core.RequestParams;
import dev.racereg.core.error.ValidationException;
import java.util.Optional;

/** A params class written the way a provider's are: one required value, a secret, an option. */
public final class SampleParams extends RequestParams {

  private final String email;
  private final String password;
  private final Integer page;

  private SampleParams(Builder b) {
    super(b);
    if (b.email == null || b.email.isBlank()) {
      throw new ValidationException("email", "must not be blank");
    }
    this.email = b.email;
    this.password = b.password;
    this.page = b.page;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account's e-mail. */
  public String email() {
    return email;
  }

  /** The password, if any. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** The page, if any. */
  public Optional<Integer> page() {
    return Optional.ofNullable(page);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  protected void components(Components c) {
    c.add("email", email).secret("password", password).add("page", page);
  }

  /** Builds {@link SampleParams}. */
  public static final class Builder extends RequestParams.Builder<SampleParams, Builder> {
    private String email;
    private String password;
    private Integer page;

    private Builder() {}

    private Builder(SampleParams p) {
      super(p);
      email = p.email;
      password = p.password;
      page = p.page;
    }

    /** The e-mail (required). */
    public Builder email(String v) {
      email = v;
      return this;
    }

    /** The password. */
    public Builder password(String v) {
      password = v;
      return this;
    }

    /** The page. */
    public Builder page(Integer v) {
      page = v;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public SampleParams build() {
      return new SampleParams(this);
    }
  }
}
