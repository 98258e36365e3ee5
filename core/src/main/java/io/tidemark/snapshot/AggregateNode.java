package io.tidemark.snapshot;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.RefreshDef;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A continuous aggregate; {@code refresh} is {@code null} when it has no refresh policy,
 * {@code compression} when it is not compressed, {@code compressAfter} when compressed without
 * a policy.
 */
public record AggregateNode(
    String schema,
    String name,
    String entity,
    String query,
    boolean materializedOnly,
    RefreshDef refresh,
    CompressionDef compression,
    String compressAfter) {
  private static final String NAME = "(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final Pattern FROM =
      Pattern.compile("(?i)\\bFROM\\s+(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)");

  public AggregateNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(query, "query");
  }

  /** An aggregate without compression. */
  public AggregateNode(String schema, String name, String entity, String query,
      boolean materializedOnly, RefreshDef refresh) {
    this(schema, name, entity, query, materializedOnly, refresh, null, null);
  }

  public String qualifiedName() {
    return Names.qualify(schema, name);
  }

  /**
   * The relation its query reads FROM ({@code "name"} or {@code "schema.name"}, unquoted), or
   * {@code null} when it has no FROM clause: a hypertable, or another aggregate for a
   * hierarchical one.
   */
  public String source() {
    Matcher m = FROM.matcher(query);
    return m.find() ? m.group(1).replaceAll("\\s+", "").replace("\"", "") : null;
  }

  /** The operation that creates it, without its refresh policy. */
  public CreateContinuousAggregate createAggregate() {
    return new CreateContinuousAggregate(qualifiedName(), query, materializedOnly);
  }
}
