package io.tidemark.spring;

import io.tidemark.Migrator;

/**
 * What start-up does with the {@link Migrator}, as Spring Boot's {@code FlywayMigrationStrategy}:
 * a bean of this type replaces what {@code tidemark.mode}, {@code tidemark.target} and
 * {@code tidemark.fail-on-drift} do, and still runs before JPA and JDBC users start.
 */
@FunctionalInterface
public interface TidemarkMigrationStrategy {
  void migrate(Migrator migrator);
}
