package io.tidemark.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.spring.app.Customer;
import io.tidemark.spring.app.CustomerRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tidemark.user}: the revisions run as the role that owns the schema, while the
 * application connects as a role that may only read and write rows.
 */
class StartupRolesTest {
  @Test
  void migrationUser_ownsWhatItCreates_applicationUsesItsOwnRole() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_roles");
    String name = db.url().substring(db.url().lastIndexOf('/') + 1);
    String owner = name + "_owner";
    String app = name + "_app";
    db.execute("CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-secret';"
        + "GRANT USAGE, CREATE ON SCHEMA public TO " + owner + ";"
        + "CREATE ROLE " + app + " LOGIN PASSWORD 'app-secret';"
        + "GRANT USAGE ON SCHEMA public TO " + app + ";"
        + "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public "
        + "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + app);

    try (ConfigurableApplicationContext context = db.start(List.of(
        "spring.datasource.username=" + app, "spring.datasource.password=app-secret",
        "tidemark.user=" + owner, "tidemark.password=owner-secret"))) {
      context.getBean(CustomerRepository.class).save(new Customer(7, "Grace", null));
    }

    assertEquals(List.of("customer|" + owner, "tidemark_version|" + owner), db.rows(
        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
    assertEquals(List.of("Grace"), db.rows("SELECT name FROM customer"));
  }
}
