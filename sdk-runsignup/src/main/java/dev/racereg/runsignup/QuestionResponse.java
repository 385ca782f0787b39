package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A participant's answer to a race question ({@code question_responses[]}, sent with
 * {@code include_questions=T}): {@code question_id}, {@code question_text}, {@code response}. An
 * answer to a multiple-choice question may be a list; {@link #responses()} gives every choice.
 * Immutable.
 */
public final class QuestionResponse extends UnknownFieldsModel {

  private final Long questionId;
  private final String questionText;
  private final List<String> responses;

  private static final String[] MEMBERS = {"question_id", "question_text", "response"};

  private QuestionResponse(Long questionId, String questionText, List<String> responses,
      Map<String, JsonNode> unknown) {
    this.questionId = questionId;
    this.questionText = questionText;
    this.responses = List.copyOf(responses);
    unknown.forEach(this::putUnknownField);
  }

  static QuestionResponse from(JsonNode node) {
    RsuFields f = RsuFields.of(node, "a question response");
    Long questionId = f.longValue("question_id");
    String questionText = f.text("question_text");
    JsonNode r = f.node().get("response");
    List<String> values = new ArrayList<>();
    if (r != null && r.isArray()) {
      r.forEach(v -> {
        if (v.isValueNode() && !v.isNull()) {
          values.add(v.asText());
        }
      });
      f.skip("response");
    } else {
      String single = f.text("response");
      if (single != null) {
        values.add(single);
      }
    }
    return new QuestionResponse(questionId, questionText, values, f.rest());
  }

  /** Reads the object at the parser's {@code START_OBJECT} exactly as {@link #from} reads its tree. */
  static QuestionResponse read(JsonParser p) throws IOException {
    RsuMembers m = new RsuMembers(p, MEMBERS);
    Long questionId = null;
    String questionText = null;
    List<String> values = List.of();
    for (String name = m.next(); name != null; name = m.next()) {
      switch (name) {
        case "question_id" -> questionId = m.longValue();
        case "question_text" -> questionText = m.text();
        case "response" -> {
          if (p.currentToken() == JsonToken.START_ARRAY) {
            values = m.scalarTexts();
          } else {
            String single = m.text();
            values = single == null ? List.of() : List.of(single);
          }
        }
        default -> m.keep();
      }
    }
    return new QuestionResponse(questionId, questionText, values, m.rest());
  }

  /** The question's id. */
  public OptionalLong questionId() {
    return questionId == null ? OptionalLong.empty() : OptionalLong.of(questionId);
  }

  /** The question as asked. */
  public Optional<String> questionText() {
    return Optional.ofNullable(questionText);
  }

  /** The answer, choices joined with {@code ", "}; empty when unanswered. */
  public Optional<String> response() {
    return responses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", responses));
  }

  /** Every value of the answer (one for a plain answer). */
  public List<String> responses() {
    return responses;
  }


  @Override
  public String toString() {
    return "QuestionResponse{" + questionId + "=" + responses + "}";
  }
}
