package io.tidemark.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.testing.PostgresServer;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Connection settings that cannot hold stop start-up with TM163 before the database is
 * touched: applications that define their own DataSource beans.
 */
class StartupSettingsTest {
  private static final String URL_PROPERTY = "shop.url";

  @Test
  void twoDataSources_nonePrimary_failsWithTm163() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_two_sources");
    TidemarkException error = start(db, TwoDataSources.class);
    assertEquals(ErrorCode.TM163, error.code());
    assertTrue(error.getMessage().contains("several DataSource beans and none is @Primary"),
        error.getMessage());
    assertEquals(List.of(), db.tables());
  }

  @Test
  void migrationUser_dataSourceNotFromProperties_failsWithTm163() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_own_source");
    TidemarkException error = start(db, OneDataSource.class, "tidemark.user=owner");
    assertEquals(ErrorCode.TM163, error.code());
    assertTrue(error.getMessage().contains("Set tidemark.url too"), error.getMessage());
    assertEquals(List.of(), db.tables());
  }

  private static TidemarkException start(ShopDatabase db, Class<?> config,
      String... properties) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(config)
        .web(WebApplicationType.NONE)
        .properties(URL_PROPERTY + "=" + db.url(), "spring.main.banner-mode=off",
            "logging.level.root=warn")
        .properties(properties);
    return ShopDatabase.cause(assertThrows(RuntimeException.class, builder::run));
  }

  private static DataSource dataSource(String url) {
    PostgresServer server = PostgresServer.get();
    return DataSourceBuilder.create().url(url).username(server.user())
        .password(server.password()).build();
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, TidemarkAutoConfiguration.class})
  static class OneDataSource {
    @Bean
    DataSource shopDataSource(Environment environment) {
      return dataSource(environment.getRequiredProperty(URL_PROPERTY));
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, TidemarkAutoConfiguration.class})
  static class TwoDataSources {
    @Bean
    DataSource ordersDataSource(Environment environment) {
      return dataSource(environment.getRequiredProperty(URL_PROPERTY));
    }

    @Bean
    DataSource reportsDataSource(Environment environment) {
      return dataSource(environment.getRequiredProperty(URL_PROPERTY));
    }
  }
}
