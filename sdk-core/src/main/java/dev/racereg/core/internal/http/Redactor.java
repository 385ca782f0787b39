package dev.racereg.core.internal.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Applies a {@link Redaction} to the things the SDK shows: URLs, header values, bodies and free
 * text (exception messages, body excerpts). Replaced values read {@value #MASK}. Thread-safe.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private final Redaction redaction;
  private final List<String> needles;

  /** A redactor for the given rules. */
  public Redactor(Redaction redaction) {
    this.redaction = Objects.requireNonNull(redaction, "redaction");
    List<String> all = new ArrayList<>();
    for (String secret : redaction.secretValues()) {
      for (String form : shownForms(secret)) {
        if (form.length() >= Redaction.MIN_SECRET_LENGTH && !form.equals(MASK)) {
          all.add(form);
        }
      }
    }
    // longest first, so a secret that contains another is masked whole
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.needles = List.copyOf(new java.util.LinkedHashSet<>(all));
  }

  /**
   * Every spelling a secret can take where the SDK shows text: as is, form-encoded, percent-encoded
   * as this SDK's path parameters and as OkHttp's path segments and query values are, and escaped
   * inside a JSON string (a platform echoing it in an error body).
   */
  private static List<String> shownForms(String secret) {
    List<String> forms = new ArrayList<>();
    forms.add(secret);
    String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.add(formEncoded);
    forms.add(formEncoded.replace("+", "%20"));
    forms.add(ApiRequest.encodePathSegment(secret));
    HttpUrl url = new HttpUrl.Builder().scheme("http").host("h").addPathSegment(secret)
        .addQueryParameter("q", secret).build();
    forms.add(url.encodedPathSegments().get(0));
    forms.add(url.encodedQuery().substring("q=".length()));
    forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
    return forms;
  }

  /** The rules applied. */
  public Redaction redaction() {
    return redaction;
  }

  /** Replaces every secret value occurring in {@code text}. Null stays null. */
  public String text(String text) {
    if (text == null || needles.isEmpty()) {
      return text;
    }
    String out = text;
    // a mask next to other text can form a secret that starts or ends with '*': repeat until none
    // is left. Ends: each replacement removes a character other than '*' or shortens the text.
    boolean replaced = true;
    while (replaced) {
      replaced = false;
      for (String needle : needles) {
        if (out.contains(needle)) {
          out = out.replace(needle, MASK);
          replaced = true;
        }
      }
    }
    return out;
  }

  /** The URL with secret query parameters masked by name and secret values masked anywhere. */
  public String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return text(url.toString());
    }
    // rebuilt in place, so the logged URL shows the parameters in the order they were sent
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, redaction.isSecretQueryParam(name) ? MASK : value);
    }
    return text(b.build().toString());
  }

  /** A header value as it may be shown. */
  public String header(String name, String value) {
    return redaction.isSecretHeader(name) ? MASK : text(value);
  }

  /** A body as it may be shown in a log line. */
  public String body(RequestBody body) {
    if (body instanceof RequestBody.Json) {
      return text(json(((RequestBody.Json) body).tree()).toString()); // json() masks a copy
    }
    if (body instanceof RequestBody.Form) {
      StringBuilder sb = new StringBuilder();
      for (RequestBody.Field f : ((RequestBody.Form) body).fields()) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(f.name()).append('=')
            .append(redaction.isSecretBodyField(f.name()) ? MASK : text(f.value()));
      }
      return sb.toString();
    }
    return text(((RequestBody.Raw) body).text());
  }

  /** A copy of a JSON document with secret fields masked at any depth. */
  public JsonNode json(JsonNode node) {
    JsonNode copy = node.deepCopy();
    mask(copy);
    return copy;
  }

  private void mask(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode obj = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> e : obj.properties()) {
        if (redaction.isSecretBodyField(e.getKey())) {
          e.setValue(TextNode.valueOf(MASK));
        } else {
          mask(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode) {
      node.forEach(this::mask);
    }
  }
}
