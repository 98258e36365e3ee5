package io.tidemark.importer;

import io.tidemark.dialect.Naming;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for SQL names: {@code order_line} becomes the class {@code OrderLine} and
 * {@code created_at} the field {@code createdAt}. A name that is a Java keyword, or that a
 * record component may not take, gets a trailing underscore; a name already taken gets a
 * number. Whether the annotation must spell the SQL name out is decided by the processor's own
 * rule ({@link Naming#snakeCase}): only where the default naming would differ.
 */
final class JavaNames {
  /** Record components may not take the names of {@code Object}'s methods without arguments. */
  private static final Set<String> NOT_COMPONENTS = Set.of("clone", "finalize", "getClass",
      "hashCode", "notify", "notifyAll", "toString", "wait");

  private final Set<String> taken = new HashSet<>();

  /** A class name for {@code sqlName}, unique among the ones this instance gave out. */
  String className(String sqlName, String schema) {
    return unique(capitalize(camel(sqlName)), schema.isEmpty() ? ""
        : capitalize(camel(schema)));
  }

  /** A field name for the column {@code sqlName}, unique within this instance. */
  String fieldName(String sqlName) {
    String name = camel(sqlName);
    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))
        && !name.equals(name.toUpperCase(Locale.ROOT))) {
      name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    } else if (name.equals(name.toUpperCase(Locale.ROOT))) {
      name = name.toLowerCase(Locale.ROOT);
    }
    if (SourceVersion.isKeyword(name) || NOT_COMPONENTS.contains(name) || name.equals("_")) {
      name = name + "_";
    }
    return unique(name, "");
  }

  /** Whether the processor derives {@code sqlName} from {@code javaName} by itself. */
  static boolean derives(String javaName, String sqlName) {
    return Naming.snakeCase(javaName).equals(sqlName);
  }

  /** Joins the letter and digit runs of {@code sqlName}, each after the first capitalized. */
  private static String camel(String sqlName) {
    StringBuilder out = new StringBuilder();
    for (String part : sqlName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? part : capitalize(part));
      }
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, 'x');
    }
    return out.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code name}, or with {@code qualifier} before it, or a number after it, when taken. */
  private String unique(String name, String qualifier) {
    String candidate = name;
    if (taken.contains(candidate.toLowerCase(Locale.ROOT)) && !qualifier.isEmpty()) {
      candidate = qualifier + name;
    }
    for (int i = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = name + i;
    }
    taken.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }
}
