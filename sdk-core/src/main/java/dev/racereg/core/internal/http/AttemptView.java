package dev.racereg.core.internal.http;

import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * How one attempt may be shown: its {@link Redactor} and its redacted URL, each built on first
 * use. A call that succeeds with logging off never shows anything, so it never pays for walking
 * the request for secret values or rebuilding its URL; a log line or an exception asks for them
 * and gets exactly what an eagerly built redactor would have given.
 *
 * <p>The client's rules are taken when the attempt starts, so a strategy that renews its
 * credentials later (on another thread, while a stream of this attempt is still read) does not
 * change what this attempt hides. Thread-safe: the parts are immutable and building them twice
 * in a race gives equal results.
 */
final class AttemptView {

  private final Redactors redactors;
  private final Redaction clientRules;
  private final ApiRequest request;
  private final HttpUrl url;
  private volatile Redactor redactor;
  private volatile String shownUrl;

  AttemptView(Redactors redactors, ApiRequest request, HttpUrl url) {
    this.redactors = Objects.requireNonNull(redactors, "redactors");
    this.request = Objects.requireNonNull(request, "request");
    this.url = Objects.requireNonNull(url, "url");
    this.clientRules = redactors.clientRules();
  }

  /** The redactor for this attempt: the client's rules, the request's, and its secret values. */
  Redactor redactor() {
    Redactor r = redactor;
    if (r == null) {
      r = redactors.forRequest(request, clientRules);
      redactor = r;
    }
    return r;
  }

  /** The attempt's URL as it may be shown: secret query parameters and values masked. */
  String url() {
    String u = shownUrl;
    if (u == null) {
      u = redactor().url(url);
      shownUrl = u;
    }
    return u;
  }

  /** Masks this attempt's secrets in {@code text}. */
  String text(String text) {
    return redactor().text(text);
  }
}
