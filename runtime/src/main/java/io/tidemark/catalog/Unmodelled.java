package io.tidemark.catalog;

import java.util.Objects;

/**
 * A user object that Tidemark's model cannot express: its {@code kind} ("view", "trigger",
 * "function", ...), qualified {@code name}, the SQL that creates it, and whether it has to
 * exist before the tables ({@code beforeTables}: types, sequences, functions, extensions) or
 * needs them (views, triggers, rules, column properties).
 */
public record Unmodelled(String kind, String name, String sql, boolean beforeTables) {
  public Unmodelled {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
  }

  /** One line for a listing: {@code view public.active_users}. */
  public String describe() {
    return kind + " " + name;
  }
}
