package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
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

  private QuestionResponse(RsuFields f) {
    this.questionId = f.longValue("question_id");
    this.questionText = f.text("question_text");
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
    this.responses = List.copyOf(values);
    f.rest().forEach(this::putUnknownField);
  }

  static QuestionResponse from(JsonNode node) {
    return new QuestionResponse(RsuFields.of(node, "a question response"));
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
