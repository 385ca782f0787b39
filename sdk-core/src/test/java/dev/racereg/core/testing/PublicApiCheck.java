package dev.racereg.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a module's public API with its checked-in dump, {@code <module>/api/<module>.api}, so
 * every change to the API shows in review. With the system property {@value #UPDATE_PROPERTY}
 * set to {@code true} it rewrites the dump instead of comparing.
 */
public final class PublicApiCheck {

  /** The system property that turns the check into a rewrite of the dump. */
  public static final String UPDATE_PROPERTY = "racereg.api.update";

  /** The command that rewrites every module's dump, printed when the check fails. */
  public static final String REGENERATE_COMMAND = "mvn -B test -D" + UPDATE_PROPERTY + "=true"
      + " -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false";

  private PublicApiCheck() {}

  /**
   * Checks (or, with {@value #UPDATE_PROPERTY}{@code =true}, rewrites) the dump of the module
   * whose main classes include {@code anyMainClass}.
   *
   * @param module the module's directory and artifact name, such as {@code sdk-pace}
   * @throws AssertionError if the API differs from the dump, or the dump is missing
   */
  public static void verify(String module, Class<?> anyMainClass) {
    Path classes;
    try {
      classes = Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(anyMainClass + " was not loaded from a classes directory: " + classes);
    }
    // <module>/target/classes -> <module>
    Path moduleDir = classes.getParent().getParent();
    Path apiFile = moduleDir.resolve("api").resolve(module + ".api");
    check(module, ApiDump.of(classes, anyMainClass.getClassLoader()), apiFile,
        Boolean.getBoolean(UPDATE_PROPERTY));
  }

  /**
   * Compares {@code actual} with the content of {@code apiFile}, or writes it there when
   * {@code update} is true.
   *
   * @throws AssertionError naming every added and removed line, and how to regenerate the dump
   */
  static void check(String module, String actual, Path apiFile, boolean update) {
    try {
      if (update) {
        Files.createDirectories(apiFile.getParent());
        Files.writeString(apiFile, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(apiFile)) {
        throw new AssertionError("No API dump for " + module + " at " + apiFile
            + ".\nCreate it with:\n  " + REGENERATE_COMMAND + "\nand commit it.");
      }
      String expected = Files.readString(apiFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!expected.equals(actual)) {
        throw new AssertionError("The public API of " + module + " differs from " + apiFile
            + " (- only in the dump, + only in the code):\n" + diff(expected, actual)
            + "If the change is intended, regenerate the dumps with:\n  " + REGENERATE_COMMAND
            + "\nand commit the changed .api files, so the change shows in review.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines added and removed, grouped under the type they belong to. */
  static String diff(String expected, String actual) {
    Map<String, Set<String>> before = blocks(expected);
    Map<String, Set<String>> after = blocks(actual);
    Set<String> types = new LinkedHashSet<>(before.keySet());
    types.addAll(after.keySet());
    StringBuilder out = new StringBuilder();
    for (String type : types.stream().sorted().toList()) {
      Set<String> old = before.getOrDefault(type, Set.of());
      Set<String> now = after.getOrDefault(type, Set.of());
      List<String> changes = new ArrayList<>();
      old.stream().filter(line -> !now.contains(line)).forEach(line -> changes.add("- " + line));
      now.stream().filter(line -> !old.contains(line)).forEach(line -> changes.add("+ " + line));
      if (!changes.isEmpty()) {
        out.append("  ").append(type).append('\n');
        changes.forEach(c -> out.append("    ").append(c).append('\n'));
      }
    }
    if (out.length() == 0) {
      out.append("  (same lines in another order or with other blank lines)\n");
    }
    return out.toString();
  }

  /** Type name -> its header and member lines. */
  private static Map<String, Set<String>> blocks(String dump) {
    Map<String, Set<String>> blocks = new LinkedHashMap<>();
    Set<String> current = null;
    for (String line : dump.split("\n")) {
      if (line.isBlank() || line.equals("}")) {
        continue;
      }
      if (!line.startsWith(" ")) {
        current = blocks.computeIfAbsent(typeName(line), k -> new LinkedHashSet<>());
        current.add(line.endsWith(" {") ? line.substring(0, line.length() - 2) : line);
      } else if (current != null) {
        current.add(line.strip());
      }
    }
    return blocks;
  }

  /** The first word with a dot in a header line is the type's binary name. */
  private static String typeName(String header) {
    for (String word : header.split(" ")) {
      if (word.contains(".")) {
        return word.split("[<(]", 2)[0];
      }
    }
    return header;
  }
}
