package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelCacheTest {

  @Test
  void answersLikeTheLabelTableForColumnsSpellingsAndUnknownKeys() {
    LabelCache cache = new LabelCache(16);

    assertThat(cache.field("First name")).isEqualTo(PaceField.FIRST_NAME);
    assertThat(cache.field("Sähköposti")).isEqualTo(PaceField.EMAIL);
    assertThat(cache.field("BIRTH DATE")).isEqualTo(PaceField.BIRTHDATE);
    assertThat(cache.field("T-shirt size")).isNull();
    // asked again: the remembered answers, unknown keys included
    assertThat(cache.field("First name")).isEqualTo(PaceField.FIRST_NAME);
    assertThat(cache.field("T-shirt size")).isNull();
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void staysWithinItsCapacityAndStillAnswersCorrectlyBeyondIt() {
    LabelCache cache = new LabelCache(3);
    for (int i = 0; i < 100; i++) {
      assertThat(cache.field("Question " + i)).isNull();
    }

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.field("Tapahtuma")).as("not remembered, still resolved").isEqualTo(PaceField.EVENT_NAME);
    assertThat(cache.field("Question 99")).isNull();
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void aZeroCapacityCacheRemembersNothing() {
    LabelCache cache = new LabelCache(0);

    assertThat(cache.field("Status")).isEqualTo(PaceField.STATUS);
    assertThat(cache.size()).isZero();
    assertThatThrownBy(() -> new LabelCache(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
