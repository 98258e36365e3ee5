package io.tidemark.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tidemark.Migrator;
import io.tidemark.spring.app.Customer;
import io.tidemark.spring.app.CustomerCount;
import io.tidemark.spring.app.CustomerRepository;
import io.tidemark.spring.app.db.Rev0001_ae1b7f_CreateTableCustomer;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Start-up in upgrade mode: the chain is applied on the application's DataSource before
 * Hibernate validates the schema and before a JdbcTemplate user reads it.
 */
class StartupUpgradeTest {
  @Test
  void upgrade_freshDatabase_appliesChainBeforeJpaAndJdbcStart() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_fresh");
    try (ConfigurableApplicationContext app = db.start()) {
      assertEquals(0, app.getBean(CustomerCount.class).atStartup());
      CustomerRepository customers = app.getBean(CustomerRepository.class);
      customers.save(new Customer(1, "Ada", "ada@example.com"));
      assertEquals("ada@example.com", customers.findById(1L).orElseThrow().getEmail());
    }
    assertEquals(ShopDatabase.CHAIN, db.applied());
    assertEquals(List.of("customer", "tidemark_version"), db.tables());
  }

  @Test
  void upgrade_secondStartup_changesNothing() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_again");
    String rows = "SELECT id, checksum, applied_at, is_head FROM tidemark_version ORDER BY id";
    db.start().close();
    List<String> first = db.rows(rows);
    try (ConfigurableApplicationContext app = db.start()) {
      assertEquals(0, app.getBean(CustomerCount.class).atStartup());
    }
    assertEquals(2, first.size());
    assertEquals(first, db.rows(rows));
  }

  @Test
  void upgrade_target_stopsThere() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_target");
    // Hibernate would miss the email column, which the second revision adds.
    db.start(List.of("tidemark.target=0001_ae1b7f", "spring.jpa.hibernate.ddl-auto=none"))
        .close();
    assertEquals(List.of("0001_ae1b7f"), db.applied());
  }

  @Test
  void disabled_schemaMadeElsewhere_startsWithoutTouchingIt() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_disabled");
    db.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(100) NOT NULL, "
        + "email varchar(200))");
    try (ConfigurableApplicationContext app = db.start(List.of("tidemark.enabled=false"))) {
      assertNull(app.getBeanProvider(Migrator.class).getIfAvailable());
      assertNull(app.getBeanProvider(TidemarkMigrationInitializer.class).getIfAvailable());
    }
    assertEquals(List.of("customer"), db.tables());
  }

  @Test
  void strategyBean_replacesTheConfiguredUpgrade() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_strategy");
    db.start(List.of("spring.jpa.hibernate.ddl-auto=none"), FirstRevisionOnly.class).close();
    assertEquals(List.of("0001_ae1b7f"), db.applied());
  }

  @Configuration(proxyBeanMethods = false)
  static class FirstRevisionOnly {
    @Bean
    TidemarkMigrationStrategy firstRevisionOnly() {
      return migrator -> migrator.upgrade("0001_ae1b7f");
    }
  }

  @Test
  void migratorBean_ofTheApplication_isTheOneStartupRuns() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_own_migrator");
    db.start(List.of("spring.jpa.hibernate.ddl-auto=none"), OwnMigrator.class).close();
    assertEquals(List.of("0001_ae1b7f"), db.applied());
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnMigrator {
    @Bean
    Migrator migrator(DataSource dataSource) {
      return Migrator.builder().dataSource(dataSource)
          .migrations(List.of(new Rev0001_ae1b7f_CreateTableCustomer())).build();
    }
  }

  @Test
  void pooledConnection_afterUpgrade_keepsTheServerTimeouts() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_pool");
    // One pooled connection: the one Tidemark used is the one the application gets.
    try (ConfigurableApplicationContext app = db.start(List.of(
        "spring.datasource.hikari.maximum-pool-size=1", "tidemark.lock-timeout=3s",
        "tidemark.statement-timeout=7s"))) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertEquals("0", jdbc.queryForObject("SHOW lock_timeout", String.class));
      assertEquals("0", jdbc.queryForObject("SHOW statement_timeout", String.class));
    }
    assertEquals(ShopDatabase.CHAIN, db.applied());
  }
}
