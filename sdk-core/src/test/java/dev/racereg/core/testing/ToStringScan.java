package dev.racereg.core.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the project's objects held by a test instance print: the {@code toString()} of each
 * field value whose class is in a {@code dev.racereg} package (clients, options, credentials,
 * params, models, exceptions, simulators' credentials), and of such values held one level down in
 * a collection, array, map or {@link Optional} the field holds. Values of the Java library
 * themselves are skipped: a canary {@code String} in a test's field is the test's input, not a
 * leak.
 */
final class ToStringScan {

  /** Enough to cover any fixture list; a field holding a huge page is not read to the end. */
  private static final int MAX_ELEMENTS = 1_000;

  /** One {@code toString()} text and where it came from. */
  record Shown(String where, String text) {}

  private ToStringScan() {}

  /** What the project's objects held by {@code instances} print, field by field. */
  static List<Shown> of(List<Object> instances) {
    List<Shown> shown = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object instance : instances) {
      for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.isSynthetic()) {
            continue; // the reference to an enclosing instance, which is scanned on its own
          }
          Object value = read(field, instance).orElse(null);
          if (value != null) {
            collect(c.getSimpleName() + "." + field.getName(), value, seen, shown);
          }
        }
      }
    }
    return shown;
  }

  private static Optional<Object> read(Field field, Object instance) {
    try {
      field.setAccessible(true);
      return Optional.ofNullable(field.get(Modifier.isStatic(field.getModifiers()) ? null : instance));
    } catch (RuntimeException | IllegalAccessException e) {
      return Optional.empty(); // a field the module system hides is none of the test's own
    }
  }

  private static void collect(String where, Object value, Set<Object> seen, List<Shown> shown) {
    if (ours(value)) {
      show(where, value, seen, shown);
      return;
    }
    try {
      int i = 0;
      for (Object element : elements(value)) {
        if (i == MAX_ELEMENTS) {
          break;
        }
        if (element != null && ours(element)) {
          show(where + "[" + i + "]", element, seen, shown);
        }
        i++;
      }
    } catch (RuntimeException e) {
      // a container changed by a thread the test left running: what was read is enough
    }
  }

  private static void show(String where, Object value, Set<Object> seen, List<Shown> shown) {
    if (!seen.add(value)) {
      return;
    }
    String text;
    try {
      text = value.toString();
    } catch (RuntimeException e) {
      return; // a value that cannot print shows nothing
    }
    shown.add(new Shown(where + " (" + value.getClass().getName() + ")", text));
  }

  /** The values a container holds one level down; nothing for any other value. */
  private static Iterable<?> elements(Object value) {
    if (value instanceof Collection<?> collection) {
      return collection;
    }
    if (value instanceof Map<?, ?> map) {
      List<Object> both = new ArrayList<>();
      map.forEach((k, v) -> {
        both.add(k);
        both.add(v);
      });
      return both;
    }
    if (value instanceof Optional<?> optional) {
      return optional.stream().toList();
    }
    if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < Math.min(Array.getLength(value), MAX_ELEMENTS); i++) {
        items.add(Array.get(value, i));
      }
      return items;
    }
    return List.of();
  }

  private static boolean ours(Object value) {
    return value.getClass().getName().startsWith("dev.racereg.");
  }
}
