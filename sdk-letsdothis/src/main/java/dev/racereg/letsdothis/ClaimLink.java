package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Optional;

/**
 * The answer to "create a claim link". Immutable.
 *
 * <p><b>Inferred.</b> The platform's reference shows no response sample for this operation. The
 * SDK reads a {@code url} member if there is one, keeps every other member in
 * {@link #unknownFields()}, and accepts an empty body (the link may only be e-mailed).
 */
public final class ClaimLink extends UnknownFieldsModel {

  @JsonProperty("url")
  private String url;

  private ClaimLink() {}

  /** The answer to an empty body. */
  static ClaimLink empty() {
    return new ClaimLink();
  }

  /** The link, when the platform returns it. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** Says whether a link came back, not the link: it grants access to a partner dashboard. */
  @Override
  public String toString() {
    return "ClaimLink{" + (url == null ? "no url" : "url present") + "}";
  }
}
