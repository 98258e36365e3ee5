package io.tidemark;

import io.tidemark.history.VersionTable;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Settings of a {@link Migrator}. Defaults: revisions from every {@link RevisionRegistry}
 * found by {@link java.util.ServiceLoader} (or only the one of {@link #revisionPackage});
 * version table {@code public.tidemark_version}; {@code lock_timeout} 100 ms for each attempt at
 * a transactional part, retried with jittered backoff for up to 5 minutes after its first lock
 * timeout (so the application's queries never queue behind a waiting DDL statement for longer
 * than one attempt); {@code statement_timeout} off (data migrations and index builds may
 * legitimately run long); 5 minutes of waiting for the migration lock while another run holds
 * it; 3 connection retries starting at 500 ms and doubling.
 */
public final class MigratorBuilder {
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMillis(100);
  public static final Duration DEFAULT_LOCK_RETRY_BUDGET = Duration.ofMinutes(5);
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ZERO;
  public static final int DEFAULT_CONNECT_RETRIES = 3;
  public static final Duration DEFAULT_CONNECT_RETRY_DELAY = Duration.ofMillis(500);

  String url;
  String user;
  String password;
  String defaultPassword;
  DataSource dataSource;
  List<Migration> migrations;
  String revisionPackage;
  ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
  String versionSchema = VersionTable.DEFAULT_SCHEMA;
  String versionTable = VersionTable.DEFAULT_NAME;
  Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
  Duration lockRetryBudget = DEFAULT_LOCK_RETRY_BUDGET;
  Duration lockWait = DEFAULT_LOCK_WAIT;
  Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
  int connectRetries = DEFAULT_CONNECT_RETRIES;
  Duration connectRetryDelay = DEFAULT_CONNECT_RETRY_DELAY;
  Migrator.Listener listener = new Migrator.Listener() {};

  MigratorBuilder() {}

  /**
   * The database: {@code jdbc:postgresql://host:port/db}, {@code postgresql://user:pass@host:port/db}
   * or {@code postgres://...}.
   */
  public MigratorBuilder url(String url) {
    this.url = url;
    return this;
  }

  /** The user; overrides one given in the URL. */
  public MigratorBuilder user(String user) {
    this.user = user;
    return this;
  }

  /** The password; overrides one given in the URL. Never printed. */
  public MigratorBuilder password(String password) {
    this.password = password;
    return this;
  }

  /**
   * A password used only when neither {@link #password} nor the URL gives one, as libpq uses
   * {@code PGPASSWORD} (the CLI passes that variable here). Without any, the driver looks in
   * the password file ({@code PGPASSFILE} or {@code ~/.pgpass}). Never printed.
   */
  public MigratorBuilder defaultPassword(String password) {
    this.defaultPassword = password;
    return this;
  }

  /** Takes connections from a data source instead of a URL. */
  public MigratorBuilder dataSource(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource);
    return this;
  }

  /** Uses these revisions instead of the registries found by {@code ServiceLoader}. */
  public MigratorBuilder migrations(Collection<? extends Migration> migrations) {
    this.migrations = List.copyOf(migrations);
    return this;
  }

  /**
   * Uses only the {@link RevisionRegistry} of this package (the processor's
   * {@code tidemark.package}, matched exactly), for an application that keeps several
   * migration sets on one class path; give each set its own {@link #versionTable}.
   */
  public MigratorBuilder revisionPackage(String packageName) {
    this.revisionPackage = Objects.requireNonNull(packageName);
    return this;
  }

  /** The class loader that finds the {@link RevisionRegistry} implementations. */
  public MigratorBuilder classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader);
    return this;
  }

  /** Schema and name of the version table. */
  public MigratorBuilder versionTable(String schema, String name) {
    this.versionSchema = Objects.requireNonNull(schema);
    this.versionTable = Objects.requireNonNull(name);
    return this;
  }

  /**
   * PostgreSQL {@code lock_timeout} of one attempt at a revision's transactional part: the
   * longest the application's queries queue behind a DDL statement that waits for its lock.
   * An attempt that times out is rolled back and retried within {@link #lockRetryBudget}. Zero
   * waits without limit (and so never retries). A revision may set its own with
   * {@code @Revision(lockTimeout = "...")}.
   */
  public MigratorBuilder lockTimeout(Duration lockTimeout) {
    this.lockTimeout = nonNegative(lockTimeout, "lockTimeout");
    return this;
  }

  /**
   * How long a revision keeps retrying a transactional part after its first lock timeout,
   * with a random delay of up to 200 ms, then 400 ms, doubling to at most 5 s, between
   * attempts, before it fails with TM151; also what a statement outside a transaction (which
   * lets writes through while it waits) may wait for its lock, less what its revision has
   * already spent. Zero tries once. A revision may set its own with
   * {@code @Revision(lockRetryBudget = "...")}.
   */
  public MigratorBuilder lockRetryBudget(Duration lockRetryBudget) {
    this.lockRetryBudget = nonNegative(lockRetryBudget, "lockRetryBudget");
    return this;
  }

  /**
   * How long a writing command waits for the migration lock while another run holds it,
   * reporting the holder to the {@link #listener} every ten seconds, before it gives up with
   * TM134; zero tries once.
   */
  public MigratorBuilder lockWait(Duration lockWait) {
    this.lockWait = nonNegative(lockWait, "lockWait");
    return this;
  }

  /** PostgreSQL {@code statement_timeout} for migration statements; zero is no limit. */
  public MigratorBuilder statementTimeout(Duration statementTimeout) {
    this.statementTimeout = nonNegative(statementTimeout, "statementTimeout");
    return this;
  }

  /** How often to retry, with exponential backoff from {@code delay}, while the server is down. */
  public MigratorBuilder connectRetries(int retries, Duration delay) {
    if (retries < 0) {
      throw new IllegalArgumentException("connect retries must not be negative: " + retries);
    }
    this.connectRetries = retries;
    this.connectRetryDelay = nonNegative(delay, "connect retry delay");
    return this;
  }

  /** Receives progress events. */
  public MigratorBuilder listener(Migrator.Listener listener) {
    this.listener = Objects.requireNonNull(listener);
    return this;
  }

  private static Duration nonNegative(Duration duration, String what) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + duration);
    }
    return duration;
  }

  public Migrator build() {
    return new Migrator(this);
  }
}
