package dev.racereg.core.error;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error response said, already redacted: the HTTP status, the request it answered, and
 * the provider's own code and message where the body carried them. Immutable; absent values are
 * {@link Optional}, as on {@link ApiException}. Built with {@link #builder(int, String, String)}.
 */
public final class ErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String url;
  // nullable fields rather than Optional ones: Optional is not Serializable, and exceptions are
  private final String providerCode;
  private final String providerMessage;
  private final String requestId;
  private final String bodyExcerpt;
  private final boolean outcomeUnknown;
  private final String outcomeCheckHint;

  private ErrorDetails(Builder b) {
    this.status = b.status;
    this.method = b.method;
    this.url = b.url;
    this.providerCode = b.providerCode;
    this.providerMessage = b.providerMessage;
    this.requestId = b.requestId;
    this.bodyExcerpt = b.bodyExcerpt;
    this.outcomeUnknown = b.outcomeUnknown;
    this.outcomeCheckHint = b.outcomeUnknown ? b.outcomeCheckHint : null;
  }

  /**
   * A builder for the details of one response.
   *
   * @param status the HTTP status (some platforms report errors inside a 200)
   * @param method the request's HTTP method
   * @param url the request URL with secrets replaced by {@code ****}
   * @throws NullPointerException if {@code method} or {@code url} is null
   */
  public static Builder builder(int status, String method, String url) {
    return new Builder(status, Objects.requireNonNull(method, "method"), Objects.requireNonNull(url, "url"));
  }

  /** A builder holding these details, to change some of them. */
  public Builder toBuilder() {
    return new Builder(status, method, url).providerCode(providerCode).providerMessage(providerMessage)
        .requestId(requestId).bodyExcerpt(bodyExcerpt).outcomeUnknown(outcomeUnknown, outcomeCheckHint);
  }

  /**
   * The same details with the provider's code and message replaced.
   *
   * @param code the platform's error code, or null if it sent none
   * @param message the platform's error message, or null if it sent none
   */
  public ErrorDetails withProvider(String code, String message) {
    return toBuilder().providerCode(code).providerMessage(message).build();
  }

  /** The HTTP status. Errors that a platform reports inside a 200 keep status 200. */
  public int status() {
    return status;
  }

  /** The request's HTTP method. */
  public String method() {
    return method;
  }

  /** The request URL, with secrets replaced by {@code ****}. */
  public String url() {
    return url;
  }

  /** The platform's own error code, if it sent one. */
  public Optional<String> providerCode() {
    return Optional.ofNullable(providerCode);
  }

  /** The platform's own error message, if it sent one. */
  public Optional<String> providerMessage() {
    return Optional.ofNullable(providerMessage);
  }

  /** The platform's request id, if it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The start of the body, redacted; empty if there was none. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * Whether the request was an operation that is not safe to repeat and the platform answered in
   * a way (408, 5xx) that does not say whether it applied it.
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** When {@link #outcomeUnknown()}: how to find out whether the operation took effect. */
  public Optional<String> outcomeCheckHint() {
    return Optional.ofNullable(outcomeCheckHint);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ErrorDetails)) {
      return false;
    }
    ErrorDetails d = (ErrorDetails) o;
    return status == d.status && method.equals(d.method) && url.equals(d.url)
        && Objects.equals(providerCode, d.providerCode) && Objects.equals(providerMessage, d.providerMessage)
        && Objects.equals(requestId, d.requestId) && bodyExcerpt.equals(d.bodyExcerpt)
        && outcomeUnknown == d.outcomeUnknown && Objects.equals(outcomeCheckHint, d.outcomeCheckHint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, method, url, providerCode, providerMessage, requestId, bodyExcerpt,
        outcomeUnknown, outcomeCheckHint);
  }

  /** Every part; all of them are redacted already, so this shows no secret. */
  @Override
  public String toString() {
    return "ErrorDetails{status=" + status + ", method=" + method + ", url=" + url
        + ", providerCode=" + providerCode + ", providerMessage=" + providerMessage
        + ", requestId=" + requestId + ", bodyExcerpt=" + bodyExcerpt
        + (outcomeUnknown ? ", outcomeUnknown=true, outcomeCheckHint=" + outcomeCheckHint : "") + "}";
  }

  /** Builds {@link ErrorDetails}. Every optional part starts absent, the excerpt empty. */
  public static final class Builder {

    private final int status;
    private final String method;
    private final String url;
    private String providerCode;
    private String providerMessage;
    private String requestId;
    private String bodyExcerpt = "";
    private boolean outcomeUnknown;
    private String outcomeCheckHint;

    private Builder(int status, String method, String url) {
      this.status = status;
      this.method = method;
      this.url = url;
    }

    /** The platform's error code (redacted), or null for none. */
    public Builder providerCode(String providerCode) {
      this.providerCode = providerCode;
      return this;
    }

    /** The platform's error message (redacted), or null for none. */
    public Builder providerMessage(String providerMessage) {
      this.providerMessage = providerMessage;
      return this;
    }

    /** The platform's request id, or null for none. */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** The start of the body (redacted); null reads as empty. */
    public Builder bodyExcerpt(String bodyExcerpt) {
      this.bodyExcerpt = Objects.requireNonNullElse(bodyExcerpt, "");
      return this;
    }

    /**
     * Marks an answer that leaves the outcome of an operation not safe to repeat unknown.
     *
     * @param outcomeUnknown whether the platform may have applied the operation
     * @param outcomeCheckHint how to find out, or null when there is no hint; ignored unless
     *     {@code outcomeUnknown}
     */
    public Builder outcomeUnknown(boolean outcomeUnknown, String outcomeCheckHint) {
      this.outcomeUnknown = outcomeUnknown;
      this.outcomeCheckHint = outcomeCheckHint;
      return this;
    }

    /** The details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
