package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.TidemarkException;
import io.tidemark.fixture.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Passwords holding every character that means something in a URL, one equal to the user
 * name and one equal to the host name, go through every way a connection can fail, given in
 * the URL, with {@code --password} and in {@code PGPASSWORD}; neither the CLI (standard output,
 * standard error, stack traces) nor the library (message and cause chain) ever shows them.
 * Each run is also compared with the same run with a plain password: the output must be the
 * same, so no part of the password, in no encoding, is shown anywhere.
 */
class SecretsTest {
  private static final String USER = "app";
  private static final String HOST = "localhost";
  private static final String PLAIN = "Plain-Pw-0";
  private static PasswordServer server;

  @BeforeAll
  static void setUp() {
    PasswordServer.useChainAndPasswordFile("/nonexistent/.pgpass");
    server = PasswordServer.get();
  }

  @AfterAll
  static void tearDown() {
    PasswordServer.clearChainAndPasswordFile();
  }

  static List<String> passwords() {
    List<String> passwords = new ArrayList<>();
    for (char c : "/@:?#[]%&=+;, '\"".toCharArray()) {
      passwords.add("pa" + c + "ss");
    }
    passwords.add("/@:?#[]%&=+;, '\"");
    passwords.add("@pass");
    passwords.add("p\u00e4ss\u20ac\u6f22\ud83d\udd11");
    passwords.add(USER);
    passwords.add(HOST);
    return passwords;
  }

  /** One way to connect: a URL, and the password given with --password or PGPASSWORD. */
  private record Run(String name, String url, String option, String environment, String code,
      List<String> shown) {}

  private static String percent(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String form(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Every error path, and the login that works, with {@code password} given every way. */
  private static List<Run> runs(String password) {
    int port = server.port();
    String wrong = password + "-wrong";
    String local = HOST + ":" + port;
    String user = "user '" + USER + "'";
    List<Run> runs = new ArrayList<>();
    String encoded = percent(password);
    runs.add(new Run("unparseable URL", "postgresql://app:" + encoded + "@localhost:99999/shop",
        null, null, "TM140", List.of("postgresql://app:***@localhost:99999/shop")));
    runs.add(new Run("unparseable URL, password parameter", "jdbc:postgresql://localhost:99999/"
        + "shop?user=app&password=" + form(password), null, null, "TM140",
        List.of("jdbc:postgresql://localhost:***")));
    runs.add(new Run("misspelt scheme", "postgressql://app:" + password + "@" + local + "/shop",
        null, null, "TM140", List.of("postgressql://app:***@" + local + "/shop")));
    runs.add(new Run("other JDBC scheme", "jdbc:postgres://app:" + encoded + "@" + local
        + "/shop", null, null, "TM140", List.of("jdbc:postgres://app:***@" + local)));
    List<String> every = List.of("URL", "--password", "PGPASSWORD", "password parameter");
    // Where the password is not what fails (no server, a refused setting, no database), two
    // sources are enough; every source goes through the logins that fail and succeed.
    for (String source : every.subList(0, 2)) {
      runs.add(run(source, "unknown host", "no-such-host.invalid:5432/shop", password, "TM141",
          List.of("no-such-host.invalid", "2 attempts")));
      runs.add(run(source, "refused port", "localhost:1/shop", password, "TM141",
          List.of("localhost:1", "2 attempts")));
      runs.add(run(source, "bad sslmode", local + "/shop?sslmode=bogus", password, "TM140",
          List.of("sslmode", local)));
      runs.add(run(source, "bad database", local + "/nodb", password, "TM143",
          List.of("nodb", local)));
    }
    for (String source : every) {
      runs.add(run(source, "wrong password", local + "/shop", wrong, "TM142",
          List.of(user, local)));
      runs.add(run(source, "right password", local + "/shop", password, null, List.of()));
    }
    runs.add(new Run("missing password", "postgresql://app@" + local + "/shop", null, null,
        "TM142", List.of(user, local)));
    return runs;
  }

  private static Run run(String source, String name, String rest, String password, String code,
      List<String> shown) {
    String query = rest.contains("?") ? "&" : "?";
    return switch (source) {
      case "URL" -> new Run(name + ", in the URL", "postgresql://app:" + percent(password) + "@"
          + rest, null, null, code, shown);
      case "--password" -> new Run(name + ", --password", "postgresql://app@" + rest, password,
          null, code, shown);
      case "PGPASSWORD" -> new Run(name + ", PGPASSWORD", "postgresql://app@" + rest, null,
          password, code, shown);
      default -> new Run(name + ", password parameter", "jdbc:postgresql://" + rest + query
          + "user=app&password=" + form(password), null, null, code, shown);
    };
  }

  /** The CLI's output: exit code, standard output, standard error with the stack trace. */
  private static String cli(Run run) {
    List<String> args = new ArrayList<>(List.of("current", "--verbose", "--connect-retries",
        "1", "--connect-retry-delay", "1ms", "--url", run.url()));
    if (run.option() != null) {
      args.addAll(List.of("--password", run.option()));
    }
    Map<String, String> environment = new HashMap<>();
    if (run.environment() != null) {
      environment.put("PGPASSWORD", run.environment());
    }
    CliRunner.Result result = CliRunner.raw(environment, args.toArray(String[]::new));
    return "exit " + result.code() + "\n" + result.out() + result.err();
  }

  /** The library's error: code, message, and the stack trace with every cause. */
  private static String library(Run run) {
    try {
      Migrator.builder().url(run.url()).password(run.option())
          .defaultPassword(run.environment()).connectRetries(1, Duration.ofMillis(1))
          .migrations(Fixtures.merged()).build().status();
      return "no error";
    } catch (TidemarkException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return "[" + e.code() + "] " + e.getMessage() + "\n" + trace;
    }
  }

  /** The lines that must not depend on the password: no stack frames, which carry none. */
  private static String messages(String output) {
    return output.lines().filter(line -> !line.strip().startsWith("at ")
        && !line.strip().startsWith("..."))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static Map<String, String[]> outputs(String password) {
    server.role(USER, password);
    Map<String, String[]> outputs = new LinkedHashMap<>();
    for (Run run : runs(password)) {
      outputs.put(run.name(), new String[] {cli(run), library(run)});
    }
    return outputs;
  }

  @TestFactory
  Stream<DynamicTest> everyErrorPath_passwordWithUrlSpecialCharacters_isNeverShown() {
    Map<String, String[]> plain = outputs(PLAIN);
    return passwords().stream().map(password -> DynamicTest.dynamicTest(password, () -> {
      Map<String, String[]> outputs = outputs(password);
      for (Run run : runs(password)) {
        String[] output = outputs.get(run.name());
        String where = run.name() + " with password " + password + ":\n";
        for (int i = 0; i < 2; i++) {
          if (!password.equals(USER) && !password.equals(HOST)) {
            for (String form : List.of(password, percent(password), form(password))) {
              assertFalse(output[i].contains(form), where + output[i]);
            }
          }
          assertEquals(messages(plain.get(run.name())[i]), messages(output[i]),
              where + "differs from the same run with a plain password");
        }
        if (run.code() == null) {
          assertTrue(output[0].startsWith("exit 0\nbase (no revision applied)"),
              where + output[0]);
          assertEquals("no error", output[1], where);
        } else {
          assertTrue(output[1].startsWith("[" + run.code() + "]"), where + output[1]);
          assertTrue(output[0].contains("ERROR [" + run.code() + "]"), where + output[0]);
          for (String shown : run.shown()) {
            assertTrue(output[0].contains(shown), where + "should show " + shown + ":\n"
                + output[0]);
          }
        }
      }
    }));
  }

  @Test
  void realProcess_errorPaths_neverPrintThePassword() throws Exception {
    String password = "/@:?#[]%&=+;, '\"\u00e9";
    server.role(USER, password);
    String local = HOST + ":" + server.port();
    Map<String, List<String>> runs = new LinkedHashMap<>();
    runs.put("misspelt scheme", List.of("--url", "postgressql://app:" + password + "@" + local
        + "/shop"));
    runs.put("wrong password", List.of("--url", "postgresql://app@" + local + "/shop",
        "--password", password + "-wrong"));
    runs.put("PGPASSWORD", List.of("--url", "postgresql://app@" + local + "/nodb"));
    runs.put("bad sslmode", List.of("--url", "postgresql://app:" + percent(password) + "@"
        + local + "/shop?sslmode=bogus"));
    Map<String, Process> processes = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> run : runs.entrySet()) {
      List<String> args = new ArrayList<>(List.of("current", "--verbose"));
      args.addAll(run.getValue());
      ProcessBuilder builder = CliProcess.builder("merged", args);
      builder.environment().put("PGPASSWORD", password);
      builder.environment().put("PGPASSFILE", "/nonexistent/.pgpass");
      processes.put(run.getKey(), builder.start());
    }
    for (Map.Entry<String, Process> process : processes.entrySet()) {
      String output = new String(process.getValue().getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(process.getValue().waitFor(60, TimeUnit.SECONDS));
      assertTrue(process.getValue().exitValue() > 0, output);
      assertTrue(output.startsWith("ERROR [TM14"), process.getKey() + ": " + output);
      for (String form : List.of(password, percent(password), "-wrong", "\u00e9")) {
        assertFalse(output.contains(form), process.getKey() + ": " + output);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> unencodedPasswordInTheUrl_anyCharacter_isNeverShown() {
    return passwords().stream().filter(p -> !p.equals(USER) && !p.equals(HOST))
        .map(password -> DynamicTest.dynamicTest(password, () -> {
          server.role(USER, password);
          Run run = new Run("unencoded", "postgresql://app:" + password + "@" + HOST + ":"
              + server.port() + "/shop", null, null, null, List.of());
          for (String output : List.of(cli(run), library(run))) {
            assertFalse(output.contains(password), output);
            assertFalse(output.contains("app:pa") || output.contains("ss@" + HOST), output);
          }
        }));
  }
}
