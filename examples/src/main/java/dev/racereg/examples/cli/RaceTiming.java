package dev.racereg.examples.cli;

import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultStatus;
import dev.racereg.core.unified.Split;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times a made-up 10 km race for the demo: for each registration a finish time, a gun time a few
 * seconds later (the walk to the start line), splits at 5 km and at the "Bridge" timing point, and
 * places overall, by gender and by category from the chip times. About one in twenty does not
 * finish. Seeded, so every demo run times the same race.
 */
final class RaceTiming {

  private RaceTiming() {}

  /** Results for these registrations, in their order; each names the native id and the bib. */
  static List<Result> time(List<Registration> registrations, long seed) {
    Random random = new Random(seed);
    List<Result.Builder> builders = new ArrayList<>();
    List<Duration> chips = new ArrayList<>();
    for (Registration r : registrations) {
      Result.Builder b = Result.builder().registrationId(r.nativeId()).bib(r.bib().orElse(null))
          .category(r.category().orElse(null));
      if (random.nextInt(20) == 0) {
        builders.add(b.status(ResultStatus.DNF));
        chips.add(null);
        continue;
      }
      Duration chip = Duration.ofSeconds(35 * 60 + random.nextInt(40 * 60)).plusMillis(random.nextInt(10) * 100L);
      Duration gun = chip.plusSeconds(random.nextInt(90));
      b.chipTime(chip).gunTime(gun)
          .addSplit(Split.atDistance(new BigDecimal("5"), chip.multipliedBy(48).dividedBy(100)))
          .addSplit(Split.named("Bridge", chip.multipliedBy(73).dividedBy(100)));
      builders.add(b);
      chips.add(chip);
    }
    place(registrations, chips, builders);
    return builders.stream().map(Result.Builder::build).toList();
  }

  private static void place(List<Registration> registrations, List<Duration> chips, List<Result.Builder> builders) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < chips.size(); i++) {
      if (chips.get(i) != null) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparing(chips::get));
    Map<Gender, Integer> byGender = new HashMap<>();
    Map<String, Integer> byCategory = new HashMap<>();
    int overall = 0;
    for (int i : order) {
      Registration r = registrations.get(i);
      Result.Builder b = builders.get(i).overallPlace(++overall);
      Gender g = r.participant().gender();
      if (!Gender.UNKNOWN.equals(g)) {
        b.genderPlace(byGender.merge(g, 1, Integer::sum));
      }
      r.category().ifPresent(c -> b.categoryPlace(byCategory.merge(c, 1, Integer::sum)));
    }
  }
}
