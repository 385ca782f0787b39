package dev.racereg.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {

  @Test
  void absentPartsAreEmptyOptionalsAsOnTheException() {
    ErrorDetails details = ErrorDetails.builder(404, "GET", "https://h/things/7").bodyExcerpt(null).build();

    assertThat(details.providerCode()).isEmpty();
    assertThat(details.providerMessage()).isEmpty();
    assertThat(details.requestId()).isEmpty();
    assertThat(details.bodyExcerpt()).isEmpty();
    ApiException e = ApiException.of(details);
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.providerCode()).isEqualTo(details.providerCode());
    assertThat(e.getMessage()).isEqualTo("HTTP 404 from GET https://h/things/7");
  }

  @Test
  void theProvidersCodeAndMessageAreReplacedAndTheRestKept() {
    ErrorDetails base = ErrorDetails.builder(200, "POST", "https://h/x").requestId("req-1").bodyExcerpt("{..}")
        .build();

    ErrorDetails withCode = base.withProvider("14", "slow down");

    assertThat(withCode.providerCode()).contains("14");
    assertThat(withCode.providerMessage()).contains("slow down");
    assertThat(withCode.requestId()).contains("req-1");
    assertThat(withCode.toBuilder().build()).isEqualTo(withCode).hasSameHashCodeAs(withCode);
    assertThat(withCode).isNotEqualTo(base);
    assertThat(ApiException.of(withCode).getMessage())
        .isEqualTo("HTTP 200 from POST https://h/x: code 14, slow down [request id req-1]");
  }

  @Test
  void theRequestIsRequired() {
    assertThatThrownBy(() -> ErrorDetails.builder(500, null, "u")).hasMessage("method");
    assertThatThrownBy(() -> ErrorDetails.builder(500, "GET", null)).hasMessage("url");
  }

  @Test
  void anApiExceptionSurvivesSerialisationWithItsDetails() throws Exception {
    ApiException e = ApiException.of(ErrorDetails.builder(409, "PUT", "https://h/bib").providerCode("dup").build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ApiException back = (ApiException) in.readObject();
      assertThat(back.details()).isEqualTo(e.details());
      assertThat(back.providerCode()).contains("dup");
    }
  }
}
