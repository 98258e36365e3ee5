package io.tidemark.importer;

import io.tidemark.catalog.Unmodelled;
import io.tidemark.dialect.PostgresDialect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement that removes an object outside the model, read from the statement that
 * creates it, for the downgrade of the revision that holds them. An object it cannot name
 * (a comment in place of SQL) gets a comment saying so.
 */
public final class Teardown {
  private static final String NAME = "(\"(?:[^\"]|\"\")*\"|[^\\s(;]+)";
  private static final String QUALIFIED = "((?:" + NAME + "\\.)?" + NAME + ")";
  private static final Pattern CREATE = Pattern.compile("CREATE (EXTENSION IF NOT EXISTS"
      + "|SCHEMA IF NOT EXISTS|TYPE|DOMAIN|SEQUENCE|VIEW|MATERIALIZED VIEW) " + QUALIFIED);
  private static final Pattern INDEX =
      Pattern.compile("CREATE (?:UNIQUE )?INDEX " + NAME + " ON (?:" + NAME + "\\.)?");
  private static final Pattern CONSTRAINT =
      Pattern.compile("(ALTER TABLE " + QUALIFIED + " )ADD (CONSTRAINT " + NAME + ")");
  private static final Pattern IDENTITY = Pattern.compile(" ADD GENERATED .* AS IDENTITY;$");

  private Teardown() {}

  /** The SQL that drops {@code object}, or a comment (starting with {@code --}). */
  public static String drop(Unmodelled object) {
    String sql = object.sql();
    if (sql.startsWith("--")) {
      return "-- " + object.describe() + ": nothing to drop";
    }
    Matcher m;
    if (object.kind().equals("function")) {
      return "DROP ROUTINE " + object.name() + ";";
    }
    if (object.kind().equals("trigger")) {
      int dot = object.name().lastIndexOf('.');
      return "DROP TRIGGER " + PostgresDialect.quote(
          object.name().substring(dot + 1)) + " ON " + object.name().substring(0, dot) + ";";
    }
    if (object.kind().equals("identity column")) {
      return IDENTITY.matcher(sql).replaceFirst(" DROP IDENTITY;");
    }
    if ((m = CREATE.matcher(sql)).lookingAt()) {
      String kind = m.group(1).replace(" IF NOT EXISTS", "");
      return "DROP " + kind + " " + m.group(2) + ";";
    }
    if ((m = INDEX.matcher(sql)).lookingAt()) {
      return "DROP INDEX " + (m.group(2) == null ? "" : m.group(2) + ".") + m.group(1) + ";";
    }
    if ((m = CONSTRAINT.matcher(sql)).lookingAt()) {
      return m.group(1) + "DROP " + m.group(5) + ";";
    }
    return "-- " + object.describe() + ": drop it here by hand if the downgrade needs it gone";
  }
}
