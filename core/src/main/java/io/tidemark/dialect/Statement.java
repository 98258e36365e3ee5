package io.tidemark.dialect;

/** One SQL statement and whether PostgreSQL lets it run inside a transaction block. */
public record Statement(String sql, boolean transactional) {}
