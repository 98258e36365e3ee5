package io.tidemark.spring;

import io.tidemark.ErrorCode;
import io.tidemark.Migrator;
import io.tidemark.MigratorBuilder;
import io.tidemark.TidemarkException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies (or, in check mode, checks) the revision chain at start-up on the application's
 * {@link DataSource}, or on {@code tidemark.url}, before the beans that use the database start:
 * Spring Boot's database-initialization detection orders them after the
 * {@link TidemarkMigrationInitializer}, as it does for Flyway and Liquibase.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(TidemarkAutoConfiguration.DatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "tidemark.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TidemarkProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class TidemarkAutoConfiguration {
  /** The migrator of {@code tidemark.*}; an application may define its own instead. */
  @Bean
  @ConditionalOnMissingBean
  Migrator tidemarkMigrator(TidemarkProperties properties, ObjectProvider<DataSource> dataSource,
      ObjectProvider<JdbcConnectionDetails> connectionDetails, ResourceLoader resourceLoader) {
    MigratorBuilder builder = Migrator.builder()
        .classLoader(resourceLoader.getClassLoader())
        .listener(new MigrationLog())
        .versionTable(properties.getVersionSchema(), properties.getVersionTable());
    connect(builder, properties, dataSource, connectionDetails);
    if (properties.getRevisionPackage() != null) {
      builder.revisionPackage(properties.getRevisionPackage());
    }
    if (properties.getLockTimeout() != null) {
      builder.lockTimeout(properties.getLockTimeout());
    }
    if (properties.getLockRetryBudget() != null) {
      builder.lockRetryBudget(properties.getLockRetryBudget());
    }
    if (properties.getLockWait() != null) {
      builder.lockWait(properties.getLockWait());
    }
    if (properties.getStatementTimeout() != null) {
      builder.statementTimeout(properties.getStatementTimeout());
    }
    return builder.build();
  }

  /**
   * The application's data source, unless {@code tidemark.url} or a user of its own (with
   * {@code spring.datasource.url}) gives a separate connection.
   */
  private static void connect(MigratorBuilder builder, TidemarkProperties properties,
      ObjectProvider<DataSource> dataSource, ObjectProvider<JdbcConnectionDetails> details) {
    String url = properties.getUrl();
    if (url == null && (properties.getUser() != null || properties.getPassword() != null)) {
      JdbcConnectionDetails application = details.getIfAvailable();
      if (application == null) {
        throw new TidemarkException(ErrorCode.TM163, "tidemark.user or tidemark.password is "
            + "set, but the application's DataSource does not come from spring.datasource.url, "
            + "so there is no URL to connect to with them. Set tidemark.url too.");
      }
      url = application.getJdbcUrl();
    }
    if (url != null) {
      builder.url(url).user(properties.getUser()).password(properties.getPassword());
      return;
    }
    DataSource unique = dataSource.getIfUnique();
    if (unique == null) {
      throw new TidemarkException(ErrorCode.TM163, "The application has several DataSource "
          + "beans and none is @Primary, so Tidemark cannot tell which one to migrate. Mark "
          + "one @Primary, or set tidemark.url.");
    }
    builder.dataSource(unique);
  }

  @Bean
  @ConditionalOnMissingBean
  TidemarkMigrationInitializer tidemarkInitializer(Migrator migrator,
      TidemarkProperties properties, ObjectProvider<TidemarkMigrationStrategy> strategy) {
    return new TidemarkMigrationInitializer(migrator,
        strategy.getIfAvailable(() -> new PropertiesMigrationStrategy(properties)));
  }

  /** A DataSource bean, or {@code tidemark.url}, as for Spring Boot's Flyway integration. */
  static final class DatabaseCondition extends AnyNestedCondition {
    DatabaseCondition() {
      super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    private static final class DataSourceBean {}

    @ConditionalOnProperty("tidemark.url")
    private static final class MigrationUrl {}
  }
}
