package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.codec.Codecs;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void secretValuesAreMaskedRawAndFormEncoded() {
    Redactor r = new Redactor(Redaction.secretValues("s3cret value&x"));

    assertThat(r.text("a s3cret value&x b")).isEqualTo("a **** b");
    assertThat(r.text("q=s3cret+value%26x")).isEqualTo("q=****");
    assertThat(r.text("q=s3cret%20value%26x")).isEqualTo("q=****");
    assertThat(r.text(null)).isNull();
  }

  @Test
  void secretInAPathSegmentIsMaskedAsTheSdkEncodesIt() {
    String secret = "key !@:+~*'(),;=$&/ä";
    Redactor r = new Redactor(Redaction.secretValues(secret));
    ApiRequest request = ApiRequest.builder("op", "GET", "/keys/{key}/events", Idempotency.SAFE)
        .pathParam("key", secret).build();
    HttpUrl url = HttpUrl.get("https://api.example.com/v1" + request.path() + "?page=2");

    assertThat(r.url(url)).isEqualTo("https://api.example.com/v1/keys/****/events?page=2");
  }

  @Test
  void secretInAQueryValueIsMaskedAsOkHttpEncodesIt() {
    String secret = "tok !'()*~,;:@$&=+/é";
    Redactor r = new Redactor(Redaction.secretValues(secret));
    HttpUrl url = HttpUrl.get("https://h/x").newBuilder().addQueryParameter("other", secret)
        .addPathSegment(secret).build();

    assertThat(r.url(url)).isEqualTo("https://h/x/****?other=****");
  }

  @Test
  void secretEchoedInsideAJsonStringIsMasked() {
    String secret = "pa\"ss\\word";
    Redactor r = new Redactor(Redaction.secretValues(secret));
    ObjectNode echo = Codecs.json().createObjectNode().put("message", "wrong password " + secret);

    assertThat(r.text(echo.toString())).isEqualTo("{\"message\":\"wrong password ****\"}");
  }

  @Test
  void secretQueryParametersAreMaskedByName() {
    Redactor r = new Redactor(Redaction.queryParams("api_secret"));
    HttpUrl url = HttpUrl.get("https://h/x?api_key=k1&api_secret=abc&api_secret=def&page%5Bsize%5D=5");

    // the logged URL keeps the order and count of what was sent
    assertThat(r.url(url)).isEqualTo("https://h/x?api_key=k1&api_secret=****&api_secret=****&page%5Bsize%5D=5");
  }

  @Test
  void secretHeadersAreMaskedByNameIgnoringCase() {
    Redactor r = new Redactor(Redaction.headers("X-Api-Secret").and(Redaction.secretValues("tok-1234")));

    assertThat(r.header("x-api-secret", "anything")).isEqualTo("****");
    assertThat(r.header("X-Other", "Bearer tok-1234")).isEqualTo("Bearer ****");
    assertThat(r.header("X-Other", "plain")).isEqualTo("plain");
  }

  @Test
  void secretBodyFieldsAreMaskedAtAnyDepth() throws Exception {
    Redactor r = new Redactor(Redaction.bodyFields("password", "card"));
    JsonNode doc = Codecs.json().readTree(
        "{\"user\":\"ada\",\"password\":\"pw1\",\"nested\":{\"password\":{\"old\":\"x\"}},"
            + "\"list\":[{\"card\":4111},{\"keep\":\"y\"}]}");

    JsonNode masked = r.json(doc);

    assertThat(masked.toString()).isEqualTo("{\"user\":\"ada\",\"password\":\"****\",\"nested\":{\"password\":\"****\"},"
        + "\"list\":[{\"card\":\"****\"},{\"keep\":\"y\"}]}");
    assertThat(doc.get("password").asText()).isEqualTo("pw1"); // the original is untouched
    assertThat(r.body(RequestBody.json(doc))).isEqualTo(masked.toString());
  }

  @Test
  void formAndRawBodiesAreMasked() {
    Redactor r = new Redactor(Redaction.bodyFields("password").and(Redaction.secretValues("tok-1234")));

    assertThat(r.body(RequestBody.form(List.of(new RequestBody.Field("user", "ada"),
        new RequestBody.Field("password", "pw"), new RequestBody.Field("note", "tok-1234")))))
        .isEqualTo("user=ada&password=****&note=****");
    assertThat(r.body(RequestBody.text("<key>tok-1234</key>", "application/xml"))).isEqualTo("<key>****</key>");
  }

  @Test
  void shortSecretsAreOnlyMaskedByName() {
    Redactor r = new Redactor(Redaction.secretValues("abc", "abcd"));

    assertThat(r.redaction().secretValues()).containsExactly("abcd");
    assertThat(r.text("abc abcd")).isEqualTo("abc ****");
  }

  @Test
  void aSecretContainingAnotherIsMaskedWhole() {
    Redactor r = new Redactor(Redaction.secretValues("key-1", "key-1-extended"));

    assertThat(r.text("x key-1-extended y key-1")).isEqualTo("x **** y ****");
  }

  @Test
  void maskingNeverFormsASecretFromStars() {
    Redactor r = new Redactor(Redaction.secretValues("*pass", "wxyz", "****", "*****"));

    // masking "wxyz" would leave "****pass", which contains the secret "*pass"
    assertThat(r.text("wxyzpass")).isEqualTo("****");
    assertThat(r.text("a ****** b")).doesNotContain("*****");
  }

  @Test
  void redactionsCombine() {
    Redaction all = Redaction.headers("A").and(Redaction.queryParams("q")).and(Redaction.bodyFields("f"))
        .and(Redaction.secretValues("vvvv"));

    assertThat(all.isSecretHeader("a")).isTrue();
    assertThat(all.isSecretQueryParam("q")).isTrue();
    assertThat(all.isSecretQueryParam("Q")).isFalse();
    assertThat(all.isSecretBodyField("f")).isTrue();
    assertThat(all.secretValues()).containsExactly("vvvv");
    assertThat(Redaction.none().secretValues()).isEmpty();
    assertThat(Redaction.secretValues((String) null, "wwww").secretValues()).containsExactly("wwww");
  }
}
