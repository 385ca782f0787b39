package dev.racereg.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/** The machine a run happened on, printed above the table: cores, JVM, OS, load. */
final class Machine {

  private Machine() {}

  static String describe() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return describe(Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        os.getName() + " " + os.getVersion() + " " + os.getArch(), os.getSystemLoadAverage());
  }

  static String describe(int cores, String jvm, String os, double load) {
    String loadText = load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    return String.format(Locale.ROOT, "Machine: %d cores, %s, %s, load average %s at start", cores, jvm, os,
        loadText);
  }
}
