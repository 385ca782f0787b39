package dev.racereg.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recognising a blank body or an HTML page reads only the start of the body, and answers exactly
 * as decoding the whole body would.
 */
class ErrorResponseTest {

  private static ErrorResponse answer(String body, String contentType) {
    // names lower-cased, as Decoding.headers gives them
    Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("content-type", List.of(contentType));
    return new ErrorResponse(200, headers, body.getBytes(StandardCharsets.UTF_8), "GET", "https://h/x",
        Instant.EPOCH, new Redactor(Redaction.none()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r ", "\u001C\u001F\u000B\f", "\u2003\u3000", " \u2028 ", "x", " {}",
      "\u00A0", " \u00e9", "<html>", "  \n<!DOCTYPE HTML><html>", "\u2003<html lang=fr>", "\uFEFF<html>",
      "<!doctype htm", "<HTML", "<head>", "[1,2]", "\u001F<html>"})
  void answersAsTheWholeBodyDecodedWould(String body) {
    ErrorResponse r = answer(body, null);
    String start = body.stripLeading().toLowerCase(Locale.ROOT);

    assertThat(r.isBodyBlank()).as("blank: %s", body).isEqualTo(body.isBlank());
    assertThat(r.isHtml()).as("html: %s", body)
        .isEqualTo(start.startsWith("<!doctype html") || start.startsWith("<html"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 255, 256, 300, 100_000})
  void findsThePageAfterAnyAmountOfLeadingWhiteSpace(int spaces) {
    String body = " ".repeat(spaces) + "\n<!DOCTYPE html><title>502 Bad Gateway</title>";

    assertThat(answer(body, null).isHtml()).isTrue();
    assertThat(answer(body, null).isBodyBlank()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "Text/HTML; charset=utf-8"})
  void theContentTypeAloneSaysHtml(String type) {
    assertThat(answer("{\"a\":1}", type).isHtml()).isTrue();
  }

  @Test
  void aLargeJsonBodyIsNeitherBlankNorHtml() {
    String body = "[" + "{\"n\":1},".repeat(50_000) + "{}]";

    assertThat(answer(body, "application/json").isHtml()).isFalse();
    assertThat(answer(body, "application/json").isBodyBlank()).isFalse();
  }
}
