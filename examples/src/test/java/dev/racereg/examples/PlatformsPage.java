package dev.racereg.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The operation tables of {@code docs/platforms.md}, and the checks that keep them in step with
 * the clients. A table starts under a heading {@code ### `XxxClient` operations}; each row names
 * one operation: its Java method names (backticked, several for one operation), its HTTP method and
 * its path (backticked). Only method names are compared, never parameter types, so renaming a
 * params class changes nothing here and renaming a method is a one-line edit of the page.
 */
final class PlatformsPage {

  /** One row of an operation table. */
  record Operation(int line, List<String> methods, String httpMethod, String path) {}

  private static final Pattern HEADING = Pattern.compile("^###\\s+`([A-Za-z][A-Za-z0-9]*)`\\s+operations\\s*$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_.{}/-]*");
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  /** Methods every object has: never operations, whether or not a client overrides them. */
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");
  /** A path literal in Java source: a quoted string starting with a slash and a letter. */
  private static final Pattern PATH_LITERAL = Pattern.compile("\"(/[A-Za-z][^\"\\s]*)\"");

  private final String text;
  private final Map<String, List<Operation>> tables;
  private final List<String> problems;

  private PlatformsPage(String text, Map<String, List<Operation>> tables, List<String> problems) {
    this.text = text;
    this.tables = tables;
    this.problems = problems;
  }

  /** Reads the page at {@code file}. */
  static PlatformsPage read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a page; malformed rows are reported by {@link #problems()}, not thrown. */
  static PlatformsPage parse(String markdown) {
    Map<String, List<Operation>> tables = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    String current = null;
    boolean inTable = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i].strip();
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        if (current != null && !inTable) {
          problems.add("line " + lineNumber + ": no table under the heading of `" + current + "`");
        }
        current = heading.group(1);
        inTable = false;
        if (tables.putIfAbsent(current, new ArrayList<>()) != null) {
          problems.add("line " + lineNumber + ": a second table for `" + current + "`");
        }
        continue;
      }
      if (current == null) {
        continue;
      }
      if (!line.startsWith("|")) {
        if (inTable || line.startsWith("#")) {
          if (!inTable) {
            problems.add("line " + lineNumber + ": no table under the heading of `" + current + "`");
          }
          current = null;
          inTable = false;
        }
        continue;
      }
      inTable = true;
      row(line, lineNumber, current, tables.get(current), problems);
    }
    if (current != null && !inTable) {
      problems.add("end of page: no table under the heading of `" + current + "`");
    }
    return new PlatformsPage(markdown, tables, problems);
  }

  private static void row(String line, int lineNumber, String table, List<Operation> into, List<String> problems) {
    String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
    String[] cells = inner.split("\\|", -1);
    String first = cells[0].strip();
    if (first.equals("Java method") || first.matches(":?-+:?")) {
      return; // the header and the separator
    }
    String where = "line " + lineNumber + " (`" + table + "` table): ";
    if (cells.length < 3) {
      problems.add(where + "fewer than three cells (Java method, HTTP, path)");
      return;
    }
    List<String> methods = new ArrayList<>();
    Matcher code = CODE.matcher(first);
    while (code.find()) {
      if (IDENTIFIER.matcher(code.group(1)).matches()) {
        methods.add(code.group(1));
      } else {
        problems.add(where + "`" + code.group(1) + "` is not a method name (names only, no parameters)");
      }
    }
    if (methods.isEmpty()) {
      problems.add(where + "an entry without a Java method");
    }
    String http = cells[1].strip();
    if (!HTTP_METHODS.contains(http)) {
      problems.add(where + "HTTP method '" + http + "' is not one of " + new TreeSet<>(HTTP_METHODS));
    }
    Matcher pathCode = CODE.matcher(cells[2]);
    String path = pathCode.find() ? pathCode.group(1) : null;
    if (path == null || !PATH.matcher(path).matches() || pathCode.find()) {
      problems.add(where + "the path cell must hold one backticked path starting with '/'");
    }
    into.add(new Operation(lineNumber, List.copyOf(methods), http, path));
  }

  /** What could not be read as an operation row; empty for a well-formed page. */
  List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The simple class names that have an operation table, in page order. */
  Set<String> tableNames() {
    return Collections.unmodifiableSet(tables.keySet());
  }

  /** The rows of one class's table; empty if the page has none. */
  List<Operation> operations(String className) {
    return tables.getOrDefault(className, List.of());
  }

  /**
   * Every mismatch between a client's operations and its table. A client's operations are its
   * public instance methods other than {@code toString}, {@code equals}, {@code hashCode} and the
   * given non-operations (accessors and factories of views that send nothing by themselves), so
   * a new public method fails until it is put on the page or classified as a non-operation.
   *
   * @return one readable sentence per mismatch; empty when the page is in step
   */
  List<String> check(Class<?> client, Set<String> nonOperations) {
    String name = client.getSimpleName();
    List<String> out = new ArrayList<>();
    if (!tables.containsKey(name)) {
      out.add("docs/platforms.md has no table headed \"### `" + name + "` operations\"");
      return out;
    }
    Set<String> publicMethods = new TreeSet<>();
    for (Method m : client.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && !m.isBridge() && !OBJECT_METHODS.contains(m.getName())) {
        publicMethods.add(m.getName());
      }
    }
    for (String n : new TreeSet<>(nonOperations)) {
      if (!publicMethods.contains(n)) {
        out.add(name + "." + n + " is classified as a non-operation, but " + name
            + " has no such public method: remove it from the non-operations (or fix its name)");
      }
    }
    Map<String, Integer> onPage = new LinkedHashMap<>();
    for (Operation op : operations(name)) {
      for (String m : op.methods()) {
        Integer earlier = onPage.putIfAbsent(m, op.line());
        if (earlier != null) {
          out.add("docs/platforms.md line " + op.line() + ": " + name + "." + m + " is already on line " + earlier);
        }
      }
    }
    for (String m : publicMethods) {
      if (!nonOperations.contains(m) && !onPage.containsKey(m)) {
        out.add(name + "." + m + " is missing from docs/platforms.md: add it to the `" + name
            + "` operations table, or, if it sends no request, classify it as a non-operation");
      }
    }
    onPage.forEach((m, line) -> {
      if (nonOperations.contains(m)) {
        out.add("docs/platforms.md line " + line + ": " + name + "." + m
            + " is on the page but classified as a non-operation");
      } else if (!publicMethods.contains(m)) {
        out.add("docs/platforms.md line " + line + ": the entry " + name + "." + m
            + " has no public method of that name in " + name + ": rename or remove the entry");
      }
    });
    return out;
  }

  /**
   * Every mismatch between the paths a module's sources use and the page: each source path must
   * be on the page (in a table or in prose), and each path in the given classes' tables must be
   * one the sources use.
   *
   * @return one readable sentence per mismatch; empty when they agree
   */
  List<String> checkPaths(String module, Set<String> sourcePaths, Collection<String> classNames) {
    List<String> out = new ArrayList<>();
    for (String p : new TreeSet<>(sourcePaths)) {
      if (!text.contains("`" + p + "`")) {
        out.add("the path " + p + " used in " + module + " is not on docs/platforms.md");
      }
    }
    for (String c : classNames) {
      for (Operation op : operations(c)) {
        if (op.path() != null && !sourcePaths.contains(op.path())) {
          out.add("docs/platforms.md line " + op.line() + ": " + c + "." + String.join("/", op.methods())
              + " has the path " + op.path() + ", which " + module + "'s sources never use");
        }
      }
    }
    return out;
  }

  /** The request paths written in a Java source text: quoted strings like {@code "/race/{race_id}"}. */
  static Set<String> pathLiterals(String javaSource) {
    Set<String> out = new TreeSet<>();
    Matcher m = PATH_LITERAL.matcher(javaSource);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** {@link #pathLiterals(String)} of every Java file under a source root. */
  static Set<String> pathLiterals(Path sourceRoot) {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        out.addAll(pathLiterals(Files.readString(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
