package dev.racereg.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API dump and its check, on small libraries compiled for the test. */
class ApiDumpTest {

  @TempDir Path dir;

  private static final Map<String, String> LIBRARY = Map.of(
      "lib/Widget.java", """
          package lib;
          import java.util.List;
          public final class Widget extends Base implements Comparable<Widget> {
            public static final String KIND = "widget";
            protected int hidden;
            int packagePrivate;
            public Widget(String name, int... sizes) {}
            Widget() {}
            public <T extends Number> List<T> sizes(Class<T> type) throws java.io.IOException { return null; }
            @Override public int compareTo(Widget other) { return 0; }
            void notApi() {}
            public static final class Builder { public Widget build() { return null; } }
            static final class Hidden { public void notApiEither() {} }
            public enum Shape { ROUND, SQUARE }
            public record Size(int width, List<String> labels) {}
          }
          """,
      "lib/Base.java", """
          package lib;
          abstract class Base { public String inherited() { return ""; } }
          """,
      "lib/Port.java", """
          package lib;
          public interface Port { void open(); default boolean ready() { return true; } }
          """,
      "lib/internal/Plumbing.java", """
          package lib.internal;
          public final class Plumbing { public void pump() {} }
          """);

  @Test
  void dumpsEveryPublicAndProtectedSignatureSortedAndNothingElse() throws Exception {
    String dump = dumpOf(compile("v1", LIBRARY));

    assertThat(dump).isEqualTo("""
        public interface lib.Port {
          public abstract void open()
          public default boolean ready()
        }

        public final class lib.Widget extends lib.Base implements java.lang.Comparable<lib.Widget> {
          public static final java.lang.String KIND
          protected int hidden
          public <init>(java.lang.String, int...)
          public int compareTo(lib.Widget)
          public java.lang.String inherited()
          public <T extends java.lang.Number> java.util.List<T> sizes(java.lang.Class<T>) throws java.io.IOException
        }

        public static final class lib.Widget$Builder {
          public <init>()
          public lib.Widget build()
        }

        public static final enum lib.Widget$Shape {
          public static final lib.Widget$Shape ROUND
          public static final lib.Widget$Shape SQUARE
          public static lib.Widget$Shape valueOf(java.lang.String)
          public static lib.Widget$Shape[] values()
        }

        public static final record lib.Widget$Size(int width, java.util.List<java.lang.String> labels) {
          public <init>(int, java.util.List<java.lang.String>)
          public final boolean equals(java.lang.Object)
          public final int hashCode()
          public java.util.List<java.lang.String> labels()
          public final java.lang.String toString()
          public int width()
        }

        """);
  }

  @Test
  void aChangedParameterTypeFailsTheCheckNamingTheLineAndTheRegenerationCommand() throws Exception {
    Path apiFile = dir.resolve("api/lib.api");
    PublicApiCheck.check("lib", dumpOf(compile("v1", LIBRARY)), apiFile, true);
    PublicApiCheck.check("lib", dumpOf(compile("v1-again", LIBRARY)), apiFile, false);

    Map<String, String> changed = new java.util.HashMap<>(LIBRARY);
    changed.put("lib/Widget.java", LIBRARY.get("lib/Widget.java")
        .replace("public Widget build()", "public Widget build(String reason)"));
    String v2 = dumpOf(compile("v2", changed));

    assertThatThrownBy(() -> PublicApiCheck.check("lib", v2, apiFile, false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lib.Widget$Builder\n"
            + "    - public lib.Widget build()\n"
            + "    + public lib.Widget build(java.lang.String)\n")
        .hasMessageContaining(PublicApiCheck.REGENERATE_COMMAND);

    PublicApiCheck.check("lib", v2, apiFile, true);
    assertThat(Files.readString(apiFile)).isEqualTo(v2);
    PublicApiCheck.check("lib", v2, apiFile, false);
  }

  @Test
  void aMissingDumpFailsWithTheCommandThatCreatesIt() {
    assertThatThrownBy(() -> PublicApiCheck.check("lib", "x\n", dir.resolve("api/lib.api"), false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No API dump for lib")
        .hasMessageContaining(PublicApiCheck.REGENERATE_COMMAND);
  }

  @Test
  void aNewTypeAndAChangedHeaderAreReported() {
    String before = "public class a.A {\n  public void run()\n}\n\n";
    String after = "public final class a.A {\n  public void run()\n}\n\npublic class a.B {\n}\n\n";

    assertThat(PublicApiCheck.diff(before, after)).isEqualTo("""
          a.A
            - public class a.A
            + public final class a.A
          a.B
            + public class a.B
        """);
  }

  private Path compile(String name, Map<String, String> sources) throws IOException {
    Path src = dir.resolve(name + "-src");
    Path out = dir.resolve(name + "-classes");
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return out;
  }

  private static String dumpOf(Path classes) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      return ApiDump.of(classes, loader);
    }
  }
}
