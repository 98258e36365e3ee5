package io.tidemark.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlParserTest {
  private static TidemarkException invalid(String url) {
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> DatabaseUrlParser.parse(url));
    assertEquals(ErrorCode.TM140, e.code());
    return e;
  }

  @Test
  void parse_libpqUrlWithEncodedUserInfo_decodesUserAndPasswordAndHidesThePassword() {
    DatabaseUrl url = DatabaseUrlParser.parse("postgresql://app%40ops:"
        + "p%2F%40%3A%3F%23%5B%5D%25%26%3D%2B%3B%2C%20'%22%C3%A9@db.example:6543/shop");
    assertEquals("app@ops", url.user());
    assertEquals("p/@:?#[]%&=+;, '\"é", url.password());
    assertEquals(List.of("db.example:6543"), url.hosts());
    assertEquals("shop", url.database());
    assertEquals("postgresql://app%40ops:***@db.example:6543/shop", url.redacted());
    assertEquals("jdbc:postgresql://db.example:6543/shop", url.jdbcUrl());
  }

  @Test
  void parse_unencodedAtInPassword_takesTheLastAtBeforeTheHost() {
    DatabaseUrl url = DatabaseUrlParser.parse("postgres://app:p@ss:w@localhost/shop");
    assertEquals("app", url.user());
    assertEquals("p@ss:w", url.password());
    assertEquals("postgres://app:***@localhost/shop", url.redacted());
  }

  @Test
  void parse_ipv6HostsSeveralHostsAndParameters_keepsThemForTheDriver() {
    DatabaseUrl url = DatabaseUrlParser.parse(
        "postgresql://app@[::1]:5433,[fe80::1],replica:5434/shop?sslmode=require&password=x%26y");
    assertEquals(List.of("[::1]:5433", "[fe80::1]", "replica:5434"), url.hosts());
    assertEquals("x&y", url.password());
    assertEquals(Map.of("sslmode", "require", "password", "x&y"), url.parameters());
    assertEquals("jdbc:postgresql://[::1]:5433,[fe80::1],replica:5434/shop?sslmode=require",
        url.jdbcUrl());
    assertEquals("postgresql://app@[::1]:5433,[fe80::1],replica:5434/shop?sslmode=require"
        + "&password=***", url.redacted());
  }

  @Test
  void parse_jdbcUrl_readsUserAndPasswordParametersWithPlusAsSpaceLikePgjdbc() {
    DatabaseUrl url = DatabaseUrlParser.parse(
        "jdbc:postgresql://localhost:5432/my+db?user=app&password=a+b%2Bc&ApplicationName=x");
    assertEquals("app", url.user());
    assertEquals("a b+c", url.password());
    assertEquals("my db", url.database());
    assertEquals("jdbc:postgresql://localhost:5432/my+db?ApplicationName=x", url.jdbcUrl());
    assertEquals("jdbc:postgresql://localhost:5432/my%20db?user=app&password=***"
        + "&ApplicationName=x", url.redacted());
  }

  @Test
  void redacted_sslpasswordOfTheClientKey_isHiddenButReachesTheDriver() {
    DatabaseUrl url = DatabaseUrlParser.parse(
        "postgresql://app@h/shop?sslkey=/k.pk8&sslpassword=k%40y");
    assertEquals("postgresql://app@h/shop?sslkey=/k.pk8&sslpassword=***", url.redacted());
    assertEquals("jdbc:postgresql://h/shop?sslkey=%2Fk.pk8&sslpassword=k%40y", url.jdbcUrl());
  }

  @Test
  void parse_plusInLibpqUrl_staysAPlus() {
    assertEquals("a+b", DatabaseUrlParser.parse("postgresql://u:a+b@h/d").password());
  }

  @Test
  void parse_shortJdbcFormAndEmptyHost_useTheLocalServer() {
    DatabaseUrl shortForm = DatabaseUrlParser.parse("jdbc:postgresql:shop");
    assertEquals("jdbc:postgresql://localhost/shop", shortForm.jdbcUrl());
    DatabaseUrl emptyHost = DatabaseUrlParser.parse("postgresql:///shop");
    assertEquals("jdbc:postgresql://localhost/shop", emptyHost.jdbcUrl());
    assertNull(emptyHost.password());
  }

  @Test
  void parse_unencodedSlashInPassword_isTm140WithThePasswordHidden() {
    TidemarkException e = invalid("postgresql://app:pa/ss@localhost:5432/shop");
    assertEquals("'postgresql://app:***@localhost:5432/shop' is not a valid PostgreSQL URL: it "
        + "has an '@' after the host. Percent-encode special characters in the user name, "
        + "password and parameters (@ as %40, / as %2F, ? as %3F, # as %23, % as %25), or give "
        + "the password with --password or PGPASSWORD. Use jdbc:postgresql://host:5432/db or "
        + "postgresql://user@host:5432/db.", e.reason());
  }

  @Test
  void parse_invalidParts_areTm140AndNeverQuoteWhatMayBeThePassword() {
    for (String url : List.of("postgresql://app:se?cret@localhost/shop",
        "postgresql://app:se#cret@localhost/shop", "postgresql://app:se%zzcret@localhost/shop",
        "postgresql://app:secret", "postgresql://app:secret@localhost:99999/shop",
        "jdbc:postgresql://localhost/shop?password=se&cret", "postgresql://app:secret@[::1/shop",
        "postgresql:app:secret@localhost/shop", "postgresql://app:%FFsecret@localhost/shop")) {
      String message = invalid(url).getMessage();
      assertFalse(message.contains("secret") || message.contains("cret"), message);
    }
  }

  @Test
  void parse_otherScheme_isTm140NamingTheFormsWithThePasswordHidden() {
    assertEquals("'mysql://root:***@localhost/db' is not a PostgreSQL URL. Use "
        + "jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db.",
        invalid("mysql://root:pa/ss@localhost/db").reason());
    assertEquals("'jdbc:postgres://app:***@localhost/db' is not a PostgreSQL URL. Use "
        + "jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db.",
        invalid("jdbc:postgres://app:p@ss@localhost/db").reason());
  }

  @Test
  void redact_oddText_hidesFromTheFirstColonToTheLastAt() {
    assertEquals("postgressql://app:***@localhost/db",
        DatabaseUrlParser.redact("postgressql://app:p/a@s?s#@localhost/db"));
    assertEquals("app:***@localhost/db", DatabaseUrlParser.redact("app:x://y@localhost/db"));
    assertEquals("postgresql:***@h/db", DatabaseUrlParser.redact("postgresql:/app:pw@h/db"));
    assertEquals("jdbc:postgresq://h/db?password=***",
        DatabaseUrlParser.redact("jdbc:postgresq://h/db?password=a&b=c"));
    assertEquals("localhost:***", DatabaseUrlParser.redact("localhost:5432/db"));
  }
}
