package dev.racereg.examples.cli;

import dev.racereg.core.model.Registration;
import java.io.PrintWriter;
import java.util.List;

/** Prints registrations as a fixed-width text table. */
final class StartListTable {

  private static final String FORMAT = "%-10s %-26s %-6s %-28s %-7s %-10s %-18s %s%n";

  private StartListTable() {}

  static void print(List<Registration> rows, int limit, PrintWriter out) {
    out.printf(FORMAT, "PLATFORM", "ID", "BIB", "NAME", "GENDER", "BORN", "RACE", "STATUS");
    rows.stream().limit(limit).forEach(r -> out.printf(FORMAT, r.provider(), cut(r.id(), 26),
        r.bib().orElse("-"), cut(r.participant().fullName(), 28), r.participant().gender().name(),
        r.participant().birthDate().map(Object::toString).orElse("-"), cut(r.raceName().orElse("-"), 18),
        r.status()));
    if (rows.size() > limit) {
      out.printf("... and %d more (all rows are in the CSV)%n", rows.size() - limit);
    }
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }
}
