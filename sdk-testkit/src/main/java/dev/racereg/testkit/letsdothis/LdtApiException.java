package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimResponses;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * An error answer, thrown anywhere in request handling and turned into a response at the top.
 *
 * <p>The error body shape is <b>inferred</b>: {@code letsdothis.txt} documents the status codes
 * (401, 500) but collapses every error schema. The API's {@code ^(\S).+$} rules, "non-empty"
 * arrays and {@code >= 0} numbers read like NestJS class-validator, so errors use the NestJS shape
 * {@code {"statusCode":400,"message":["name must match ..."],"error":"Bad Request"}}: {@code
 * message} is an array of rule violations for request-body and query validation and a string
 * otherwise. This is the only place that writes error bodies; change it here if the real shape
 * turns out different.
 */
final class LdtApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> messages;
  private final boolean listMessage;
  private final Map<String, String> headers;

  private LdtApiException(int status, List<String> messages, boolean listMessage,
      Map<String, String> headers) {
    super(status + " " + messages, null, false, false);
    this.status = status;
    this.messages = List.copyOf(messages);
    this.listMessage = listMessage;
    this.headers = Map.copyOf(headers);
  }

  static LdtApiException badRequest(String message) {
    return new LdtApiException(400, List.of(message), false, Map.of());
  }

  /** Body or query validation failures: the message is the list of every broken rule. */
  static LdtApiException validation(List<String> violations) {
    return new LdtApiException(400, violations, true, Map.of());
  }

  static LdtApiException unauthorized(String message) {
    return new LdtApiException(401, List.of(message), false,
        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
  }

  static LdtApiException notFound(String message) {
    return new LdtApiException(404, List.of(message), false, Map.of());
  }

  static LdtApiException methodNotAllowed(String method, String path, List<String> allowed) {
    return new LdtApiException(405, List.of("Cannot " + method + " " + path), false,
        Map.of("Allow", String.join(", ", allowed)));
  }

  int status() {
    return status;
  }

  List<String> messages() {
    return messages;
  }

  MockResponse toResponse() {
    ObjectNode body = SimResponses.JSON.createObjectNode();
    body.put("statusCode", status);
    if (listMessage) {
      ArrayNode list = body.putArray("message");
      messages.forEach(list::add);
    } else {
      body.put("message", messages.get(0));
    }
    body.put("error", reason(status));
    MockResponse response = SimResponses.json(status, body);
    if (headers.isEmpty()) {
      return response;
    }
    MockResponse.Builder builder = new MockResponse.Builder(response);
    headers.forEach(builder::setHeader);
    return builder.build();
  }

  private static String reason(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      default:
        return "Internal Server Error";
    }
  }
}
