package io.tidemark.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link TidemarkMigrationInitializer} initializes the database, so that
 * the beans its detectors find depending on initialization (the EntityManagerFactory,
 * JdbcTemplate, JdbcClient, ...) are created after it; registered in
 * {@code META-INF/spring.factories}, as Flyway's and Liquibase's detectors are.
 */
class TidemarkInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(TidemarkMigrationInitializer.class);
  }

  /** With Flyway's initializer, before SQL scripts (schema.sql, data.sql) run. */
  @Override
  public int getOrder() {
    return 1;
  }
}
