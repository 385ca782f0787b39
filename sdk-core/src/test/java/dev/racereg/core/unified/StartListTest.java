package dev.racereg.core.unified;

import static dev.racereg.core.unified.Fixtures.reg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartListTest {

  @Test
  void mergesSourcesInRaceThenNameOrderKeepingOneRowPerId() {
    StartList list = StartList.merge(List.of(
        List.of(reg("a", "1", "Aino", "Virtanen", "1990-05-17", "10K"), reg("a", "2", "Eero", "Aalto", null, "5K")),
        List.of(reg("b", "9", "John", "Smith", "1985-01-02", "10K"),
            reg("a", "1", "Aino", "Virtanen-Korhonen", "1990-05-17", "10K"))));

    // races compare as text ("10K" before "5K"), then last names
    assertThat(list.registrations()).extracting(Registration::id).containsExactly("b:9", "a:1", "a:2");
    assertThat(list.find("a:1").orElseThrow().participant().lastName()).contains("Virtanen-Korhonen");
    assertThat(list.duplicates()).isEmpty();
  }

  @Test
  void reportsTheSamePersonAcrossPlatformsIgnoringCaseAndAccents() {
    Registration pace = reg("pace", "P1", "Aino", "Järvinen", "1990-05-17", "10K");
    Registration lets = reg("letsdothis", "L7", "AINO", "jarvinen", "1990-05-17", "10K");
    Registration other = reg("letsdothis", "L8", "Aino", "Jarvinen", "1991-05-17", "10K");

    StartList list = StartList.merge(List.of(List.of(pace), List.of(lets, other)));

    assertThat(list.registrations()).hasSize(3);
    assertThat(list.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.registrations()).extracting(Registration::id)
          .containsExactlyInAnyOrder("pace:P1", "letsdothis:L7");
      assertThat(d.acrossPlatforms()).isTrue();
      assertThat(d.person()).isEqualTo("jarvinen aino 1990-05-17");
    });
  }

  @Test
  void fallsBackToEmailOnlyWhenABirthDateIsMissing() {
    Registration withBirth = withEmail(reg("a", "1", "Sam", "Lee", "1980-01-01", "5K"), "sam@example.com");
    Registration noBirth = withEmail(reg("b", "2", "Samuel", "Lee", null, "5K"), "SAM@example.com ");
    Registration sameMailOtherPerson = withEmail(reg("c", "3", "Kim", "Lee", "1982-02-02", "5K"), "sam@example.com");

    StartList list = StartList.of(List.of(withBirth, noBirth, sameMailOtherPerson));

    // a shared family e-mail does not join two people whose birth dates are both known
    assertThat(list.duplicates()).singleElement().satisfies(d -> assertThat(d.registrations())
        .extracting(Registration::id).containsExactlyInAnyOrder("b:2", "a:1", "c:3"));
    assertThat(StartList.samePerson(withBirth, sameMailOtherPerson)).isFalse();
    assertThat(StartList.samePerson(withBirth, noBirth)).isTrue();
  }

  @Test
  void withReplacedSwapsRowsById() {
    Registration r = reg("a", "1", "Aino", "Virtanen", "1990-05-17", "10K");
    StartList list = StartList.of(List.of(r)).withReplaced(List.of(r.toBuilder().bib("7").build()));
    assertThat(list.registrations()).singleElement().satisfies(x -> assertThat(x.bib()).contains("7"));
  }

  private static Registration withEmail(Registration r, String email) {
    Participant p = r.participant().toBuilder().email(email).build();
    return r.toBuilder().participant(p).build();
  }
}
