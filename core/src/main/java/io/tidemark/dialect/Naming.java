package io.tidemark.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Default names, following PostgreSQL's own conventions for constraints and indexes. */
public final class Naming {
  /** PostgreSQL's NAMEDATALEN - 1. */
  public static final int MAX_BYTES = 63;

  private Naming() {}

  /**
   * snake_case that splits at case changes and keeps digits with the word before them:
   * {@code EtlS3IngestLog -> etl_s3_ingest_log}, {@code HTTPRequest -> http_request}.
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = javaName.charAt(i - 1);
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        boolean boundary =
            Character.isLowerCase(prev)
                || Character.isDigit(prev)
                || (Character.isUpperCase(prev) && nextLower);
        if (boundary && prev != '_') {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * The physical name Spring Boot's default naming strategy ({@code
   * CamelCaseToUnderscoresNamingStrategy}, Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl})
   * gives a logical JPA name, explicit or implicit: dots become underscores, an underscore goes
   * before each upper-case letter that has a lower-case letter or digit on both sides, and the
   * result is lower-cased: {@code placedAt -> placed_at}, {@code HTTPRequest -> httprequest}.
   */
  public static String physical(String logicalName) {
    StringBuilder out = new StringBuilder(logicalName.replace('.', '_'));
    for (int i = 1; i < out.length() - 1; i++) {
      if (lowerOrDigit(out.charAt(i - 1)) && Character.isUpperCase(out.charAt(i))
          && lowerOrDigit(out.charAt(i + 1))) {
        out.insert(i++, '_');
      }
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean lowerOrDigit(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  /** {@code <table>_<columns>_<suffix>}, shortened with a hash when over 63 bytes. */
  public static String constraint(String table, List<String> columns, String suffix) {
    String base = columns.isEmpty() ? table : table + "_" + String.join("_", columns);
    return fit(base + "_" + suffix);
  }

  /** {@code name} itself when it fits in 63 bytes, else a prefix plus 8 hex digits of its hash. */
  public static String fit(String name) {
    if (bytes(name) <= MAX_BYTES) {
      return name;
    }
    String hash = HexFormat.of().formatHex(sha256(name)).substring(0, 8);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      String next = prefix.toString() + name.charAt(i);
      if (bytes(next) > MAX_BYTES - 9) {
        break;
      }
      prefix.append(name.charAt(i));
    }
    return prefix + "_" + hash;
  }

  public static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
