package io.tidemark.spring;

import io.tidemark.Migrator;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that runs the {@link TidemarkMigrationStrategy} when it is created; Spring Boot's
 * database-initialization detection makes the EntityManagerFactory, JdbcTemplate and other
 * DataSource users depend on it, so they start on the migrated schema.
 */
public class TidemarkMigrationInitializer implements InitializingBean {
  private final Migrator migrator;
  private final TidemarkMigrationStrategy strategy;

  public TidemarkMigrationInitializer(Migrator migrator, TidemarkMigrationStrategy strategy) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
  }

  @Override
  public void afterPropertiesSet() {
    strategy.migrate(migrator);
  }
}
