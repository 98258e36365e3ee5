package io.tidemark.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code tidemark.*} settings of a Spring Boot application: whether and how start-up
 * applies or checks the revision chain, which chain, on which database, with which timeouts.
 * Timeouts left unset keep the runtime's defaults ({@code MigratorBuilder}).
 */
@ConfigurationProperties("tidemark")
public class TidemarkProperties {
  /** What start-up does with the revision chain. */
  public enum Mode {
    /** Applies the revisions {@code tidemark.target} needs. */
    UPGRADE,
    /** Changes nothing and refuses to start unless the database is at the code's heads. */
    CHECK
  }

  /** Whether Tidemark runs at start-up. */
  private boolean enabled = true;

  /**
   * "upgrade" applies pending revisions at start-up; "check" refuses to start while revisions
   * are pending or an applied one changed, and changes nothing.
   */
  private Mode mode = Mode.UPGRADE;

  /** The revision to upgrade to, in Tidemark's target grammar: head, heads, an id, +N. */
  private String target = "head";

  /**
   * Package of the revision classes (the processor's tidemark.package), when the class path
   * holds several migration sets. By default every revision registry on the class path.
   */
  private String revisionPackage;

  /** Schema of the version table. */
  private String versionSchema = "public";

  /** Name of the version table. */
  private String versionTable = "tidemark_version";

  /**
   * lock_timeout of one attempt at a revision's transactional part, retried within
   * lock-retry-budget; the runtime's default is 100ms.
   */
  private Duration lockTimeout;

  /** How long a revision retries after its first lock timeout; the runtime's default is 5m. */
  private Duration lockRetryBudget;

  /**
   * How long start-up waits for the migration lock while another instance migrates; the
   * runtime's default is 5m.
   */
  private Duration lockWait;

  /** statement_timeout of migration statements; the runtime's default, 0, is no limit. */
  private Duration statementTimeout;

  /**
   * Whether start-up fails when the live schema differs from the model of the revision the
   * database is at (the drift check), after the upgrade or check.
   */
  private boolean failOnDrift;

  /**
   * JDBC URL of the database to migrate, when migrations do not run on the application's
   * DataSource.
   */
  private String url;

  /**
   * User that runs the migrations, for example the role that owns the schema; without
   * tidemark.url it connects to spring.datasource.url.
   */
  private String user;

  /** Password of tidemark.user. */
  private String password;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Mode getMode() {
    return mode;
  }

  public void setMode(Mode mode) {
    this.mode = mode;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getRevisionPackage() {
    return revisionPackage;
  }

  public void setRevisionPackage(String revisionPackage) {
    this.revisionPackage = revisionPackage;
  }

  public String getVersionSchema() {
    return versionSchema;
  }

  public void setVersionSchema(String versionSchema) {
    this.versionSchema = versionSchema;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public Duration getLockTimeout() {
    return lockTimeout;
  }

  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  public Duration getLockRetryBudget() {
    return lockRetryBudget;
  }

  public void setLockRetryBudget(Duration lockRetryBudget) {
    this.lockRetryBudget = lockRetryBudget;
  }

  public Duration getLockWait() {
    return lockWait;
  }

  public void setLockWait(Duration lockWait) {
    this.lockWait = lockWait;
  }

  public Duration getStatementTimeout() {
    return statementTimeout;
  }

  public void setStatementTimeout(Duration statementTimeout) {
    this.statementTimeout = statementTimeout;
  }

  public boolean isFailOnDrift() {
    return failOnDrift;
  }

  public void setFailOnDrift(boolean failOnDrift) {
    this.failOnDrift = failOnDrift;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
