package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The redactors alone: the values a request carries under secret names are masked wherever they show. */
class RedactorsTest {

  @Test
  void valuesUnderSecretNamesAreMaskedInAnyText() {
    ObjectNode json = Codecs.json().createObjectNode();
    json.putObject("login").put("password", "hunter22").put("user", "ada");
    ApiRequest request = ApiRequest.builder("login", "POST", "/login", Idempotency.SAFE)
        .header("Authorization", "Bearer tok-abcdef")
        .query("api_key", "key-98765")
        .body(RequestBody.json(json))
        .redact(Redaction.queryParams("api_key").and(Redaction.bodyFields("password")))
        .build();

    Redactor redactor = new Redactors(AuthStrategy.none(), Redaction.none()).forRequest(request);

    assertThat(redactor.text("echo: Bearer tok-abcdef / tok-abcdef / key-98765 / hunter22 / ada"))
        .isEqualTo("echo: **** / **** / **** / **** / ada");
  }

  @Test
  void formFieldsUnderSecretNamesAreMasked() {
    ApiRequest request = ApiRequest.builder("login", "POST", "/login", Idempotency.SAFE)
        .body(RequestBody.form(List.of(new RequestBody.Field("secret", "form-s3cr3t"),
            new RequestBody.Field("user", "ada"))))
        .build();

    Redactor redactor = new Redactors(AuthStrategy.none(), Redaction.bodyFields("secret")).forRequest(request);

    assertThat(redactor.text("form-s3cr3t ada")).isEqualTo("**** ada");
  }

  @Test
  void theStrategysRulesAreAskedEachTimeSoRenewedCredentialsAreMasked() {
    AtomicReference<String> current = new AtomicReference<>("old-token-1");
    AuthStrategy renewing = new AuthStrategy() {
      @Override
      public ApiRequest authenticate(ApiRequest request) {
        return request;
      }

      @Override
      public Redaction redaction() {
        return Redaction.secretValues(current.get());
      }
    };
    Redactors redactors = new Redactors(renewing, Redaction.none());

    current.set("new-token-2");

    assertThat(redactors.forClient().text("new-token-2")).isEqualTo("****");
  }
}
