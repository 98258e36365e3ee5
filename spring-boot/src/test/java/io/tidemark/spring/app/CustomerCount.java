package io.tidemark.spring.app;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the customer table while the application starts, through JdbcTemplate: it can only
 * start once Tidemark has created the table.
 */
@Component
public class CustomerCount {
  private final long atStartup;

  public CustomerCount(JdbcTemplate jdbc) {
    this.atStartup = jdbc.queryForObject("SELECT count(*) FROM customer", Long.class);
  }

  public long atStartup() {
    return atStartup;
  }
}
