package dev.racereg.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A text dump of a module's public API: every public and protected type, field, constructor and
 * method, with generic signatures, one member per line, sorted so the same classes always give
 * the same text. Packages with an {@code internal} segment are left out: they are documented as
 * not API. Synthetic and bridge members, anonymous and local classes are left out; members a
 * public class inherits from a superclass that is not itself in the dump are shown under the
 * public class, because that is where a user calls them.
 *
 * <p>The format is meant for review, not for tools: a changed line in a pull request is a changed
 * signature. Parameter names and annotations are not part of it.
 */
public final class ApiDump {

  private static final int TYPE_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;
  private static final int FIELD_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL;
  private static final int METHOD_MODIFIERS = TYPE_MODIFIERS;

  private ApiDump() {}

  /**
   * The dump of every class file under {@code classesRoot}, loaded (without initialising) through
   * {@code loader}.
   *
   * @throws UncheckedIOException if the directory cannot be walked
   * @throws IllegalStateException if a class file names a class the loader cannot find
   */
  public static String of(Path classesRoot, ClassLoader loader) {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classesRoot)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classesRoot.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.endsWith("package-info.class")
            || relative.endsWith("module-info.class")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
          types.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + name + " from " + classesRoot, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return render(types);
  }

  /** The dump of the API types among {@code types}, sorted by binary name. */
  public static String render(Iterable<Class<?>> types) {
    List<Class<?>> api = new ArrayList<>();
    for (Class<?> type : types) {
      if (isApi(type)) {
        api.add(type);
      }
    }
    api.sort(Comparator.comparing(Class::getName));
    StringBuilder out = new StringBuilder();
    for (Class<?> type : api) {
      out.append(header(type)).append(" {\n");
      for (String member : members(type)) {
        out.append("  ").append(member).append('\n');
      }
      out.append("}\n\n");
    }
    return out.toString();
  }

  /** Public or protected, reachable through public or protected enclosing types, not internal. */
  static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()
        || Arrays.asList(type.getPackageName().split("\\.")).contains("internal")) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!isVisible(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    int modifiers = type.getModifiers() & TYPE_MODIFIERS;
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~Modifier.ABSTRACT;
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~Modifier.ABSTRACT;
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
    }
    StringBuilder out = new StringBuilder(prefix(modifiers)).append(kind).append(' ')
        .append(type.getName()).append(typeParameters(type.getTypeParameters()));
    if (type.isRecord()) {
      out.append(Arrays.stream(type.getRecordComponents())
          .map(c -> name(c.getGenericType()) + " " + c.getName())
          .collect(Collectors.joining(", ", "(", ")")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      out.append(" extends ").append(name(superclass));
    }
    List<String> interfaces = new ArrayList<>();
    for (Type i : type.getGenericInterfaces()) {
      if (!(type.isAnnotation() && i == java.lang.annotation.Annotation.class)) {
        interfaces.add(name(i));
      }
    }
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ")
          .append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      out.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getName).sorted().collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  /** Fields, then constructors, then methods, each group sorted by name and then signature. */
  private static List<String> members(Class<?> type) {
    Comparator<String[]> byNameThenLine =
        Comparator.<String[], String>comparing(m -> m[0]).thenComparing(m -> m[1]);
    Set<String[]> fields = new TreeSet<>(byNameThenLine);
    Set<String[]> constructors = new TreeSet<>(byNameThenLine);
    Set<String[]> methods = new TreeSet<>(byNameThenLine);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c != type && isApi(c)) {
        break; // the superclass has its own entry in the dump
      }
      for (Field f : c.getDeclaredFields()) {
        if (!f.isSynthetic() && isVisible(f.getModifiers())) {
          fields.add(new String[] {f.getName(), prefix(f.getModifiers() & FIELD_MODIFIERS)
              + name(f.getGenericType()) + " " + f.getName()});
        }
      }
      if (c == type) {
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (!k.isSynthetic() && isVisible(k.getModifiers())) {
            constructors.add(new String[] {"<init>", prefix(k.getModifiers() & METHOD_MODIFIERS)
                + typeParameters(k.getTypeParameters()) + "<init>" + signature(k)});
          }
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (!m.isSynthetic() && !m.isBridge() && isVisible(m.getModifiers())) {
          int modifiers = m.getModifiers() & METHOD_MODIFIERS;
          String typeParameters = typeParameters(m.getTypeParameters());
          methods.add(new String[] {m.getName(), prefix(modifiers) + (m.isDefault() ? "default " : "")
              + (typeParameters.isEmpty() ? "" : typeParameters + " ")
              + name(m.getGenericReturnType()) + " " + m.getName() + signature(m)});
        }
      }
    }
    List<String> lines = new ArrayList<>();
    Stream.of(fields, constructors, methods).flatMap(Set::stream).forEach(m -> lines.add(m[1]));
    return lines;
  }

  private static String signature(Executable e) {
    Type[] parameters = e.getGenericParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String name = name(parameters[i]);
      if (e.isVarArgs() && i == parameters.length - 1 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    String out = "(" + String.join(", ", names) + ")";
    Type[] exceptions = e.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      out += Arrays.stream(exceptions).map(ApiDump::name).sorted()
          .collect(Collectors.joining(", ", " throws ", ""));
    }
    return out;
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (TypeVariable<?> v : variables) {
      List<String> bounds = new ArrayList<>();
      for (Type bound : v.getBounds()) {
        if (bound != Object.class) {
          bounds.add(name(bound));
        }
      }
      out.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds));
    }
    return "<" + String.join(", ", out) + ">";
  }

  private static String name(Type type) {
    return type.getTypeName();
  }

  private static String prefix(int modifiers) {
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }
}
