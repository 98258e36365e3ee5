package io.tidemark.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class PostgresServerTest {
  @Test
  void createDatabase_twice_givesTwoEmptyDatabases() throws Exception {
    PostgresServer server = PostgresServer.get();
    String a = server.createDatabase("smoke");
    String b = server.createDatabase("smoke");
    try (Connection c = server.connectUrl(a);
        ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
      rs.next();
      assertEquals(a.substring(a.lastIndexOf('/') + 1), rs.getString(1));
    }
    try (Connection c = server.connectUrl(b);
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from pg_tables where schemaname = 'public'")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }
}
