package dev.racereg.core.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jackson-dataformat-csv is an optional dependency of sdk-core. Run against a class path without
 * it (core, these tests and Jackson's JSON jars only), as a user of sdk-pace alone has: the JSON
 * start list still works, and the CSV one says what to add.
 */
class StartListWithoutCsvTest {

  private static URL where(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static URLClassLoader withoutCsv() {
    return new URLClassLoader(new URL[] {where(StartList.class), where(Fixtures.class),
        where(JsonFactory.class), where(ObjectMapper.class), where(JsonProperty.class),
        where(JavaTimeModule.class)}, ClassLoader.getPlatformClassLoader());
  }

  private static Object registration(ClassLoader loader) throws Exception {
    Method reg = loader.loadClass(Fixtures.class.getName()).getDeclaredMethod("reg", String.class,
        String.class, String.class, String.class, String.class, String.class);
    reg.setAccessible(true);
    return reg.invoke(null, "pace", "7", "Ada", "Lovelace", "1990-05-17", "10K");
  }

  private static Object call(ClassLoader loader, Class<?> type, Object registration) throws Exception {
    Method write = loader.loadClass(type.getName()).getMethod("write", Stream.class, java.io.Writer.class);
    return write.invoke(null, Stream.of(registration), new StringWriter());
  }

  @Test
  void theJsonStartListNeedsNoCsvSupport() throws Exception {
    try (URLClassLoader loader = withoutCsv()) {
      assertThat(catchThrowable(() -> loader.loadClass("com.fasterxml.jackson.dataformat.csv.CsvMapper")))
          .isInstanceOf(ClassNotFoundException.class);

      assertThat(call(loader, StartListJson.class, registration(loader))).isEqualTo(1L);
    }
  }

  @Test
  void theCsvStartListSaysWhichArtifactToAdd() throws Exception {
    try (URLClassLoader loader = withoutCsv()) {
      Object registration = registration(loader);

      Throwable thrown = catchThrowable(() -> call(loader, StartListCsv.class, registration));

      assertThat(thrown).isInstanceOf(InvocationTargetException.class);
      assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("com.fasterxml.jackson.dataformat:jackson-dataformat-csv");
    }
  }
}
