package io.tidemark.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how statements read as text, for {@code tidemark show} and for the SQL a generated
 * revision's Javadoc shows: each statement on its own lines, ending in {@code ;}, and one that
 * must run alone marked {@code -- outside a transaction}.
 */
public final class SqlListing {
  private SqlListing() {}

  /** The lines of {@code statements}, in order. */
  public static List<String> lines(List<Statement> statements) {
    List<String> lines = new ArrayList<>();
    for (Statement statement : statements) {
      String[] parts = statement.sql().split("\n", -1);
      for (int i = 0; i < parts.length - 1; i++) {
        lines.add(parts[i]);
      }
      lines.add(parts[parts.length - 1] + ";"
          + (statement.transactional() ? "" : "  -- outside a transaction"));
    }
    return lines;
  }
}
