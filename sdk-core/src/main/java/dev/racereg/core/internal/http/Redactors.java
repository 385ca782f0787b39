package dev.racereg.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.auth.AuthStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Builds the {@link Redactor}s of one client: the names every client hides, the auth strategy's
 * and the provider's rules, and for one request the values it carries under secret names.
 */
final class Redactors {

  private static final Redaction ALWAYS = Redaction.headers(
      "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");

  private final AuthStrategy auth;
  private final Redaction provider;
  private volatile Merged merged;
  /** How many request redactors were built: lets tests see that a quiet success builds none. */
  private final LongAdder built = new LongAdder();

  Redactors(AuthStrategy auth, Redaction provider) {
    this.auth = Objects.requireNonNull(auth, "auth");
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /**
   * The client's rules. Asked of the strategy each time: one that renews its credentials hides
   * the new ones from then on.
   */
  Redaction clientRules() {
    Redaction current = auth.redaction();
    Merged last = merged;
    if (last != null && (last.auth == current || last.auth.sameRules(current))) {
      return last.rules; // the strategy's rules are unchanged: so is the merge
    }
    Redaction rules = ALWAYS.and(current).and(provider);
    merged = new Merged(current, rules);
    return rules;
  }

  /** The strategy's rules last seen and the client's rules merged from them. */
  private record Merged(Redaction auth, Redaction rules) {}

  /** The redactor for the client's own secrets. */
  Redactor forClient() {
    return new Redactor(clientRules());
  }

  /**
   * The redactor for one attempt: the client's rules, the request's own, plus the values this
   * request carries under secret names (a password field, a session header). A platform that
   * echoes them back in an error body or header would otherwise have them shown, since only
   * their names were declared.
   */
  Redactor forRequest(ApiRequest request) {
    return forRequest(request, clientRules());
  }

  /** As {@link #forRequest(ApiRequest)}, with the client's rules as they were taken earlier. */
  Redactor forRequest(ApiRequest request, Redaction clientRules) {
    built.increment();
    Redaction rules = clientRules.and(request.redaction());
    List<String> values = new ArrayList<>();
    for (ApiRequest.Param h : request.headers()) {
      if (rules.isSecretHeader(h.name())) {
        values.add(h.value());
        int space = h.value().indexOf(' ');
        if (space > 0) {
          values.add(h.value().substring(space + 1).trim()); // the credential after "Bearer", "Basic"...
        }
      }
    }
    for (ApiRequest.Param q : request.query()) {
      if (rules.isSecretQueryParam(q.name())) {
        values.add(q.value());
      }
    }
    request.body().ifPresent(body -> {
      if (body instanceof RequestBody.Json) {
        collectSecretFields(((RequestBody.Json) body).tree(), rules, values);
      } else if (body instanceof RequestBody.Form) {
        for (RequestBody.Field f : ((RequestBody.Form) body).fields()) {
          if (rules.isSecretBodyField(f.name())) {
            values.add(f.value());
          }
        }
      }
    });
    return new Redactor(values.isEmpty() ? rules : rules.and(Redaction.secretValues(values)));
  }

  /** How many request redactors this instance has built. */
  long requestRedactorsBuilt() {
    return built.sum();
  }

  private static void collectSecretFields(JsonNode node, Redaction rules, List<String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (rules.isSecretBodyField(e.getKey())) {
          collectValues(e.getValue(), values);
        } else {
          collectSecretFields(e.getValue(), rules, values);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectSecretFields(child, rules, values));
    }
  }

  private static void collectValues(JsonNode node, List<String> values) {
    if (node.isValueNode() && !node.isNull()) {
      values.add(node.asText());
    } else {
      node.forEach(child -> collectValues(child, values));
    }
  }
}
