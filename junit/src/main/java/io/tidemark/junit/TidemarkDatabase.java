package io.tidemark.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a database of its own, migrated to head before its first test, which
 * tests receive as a {@link TidemarkTestDatabase} or {@link javax.sql.DataSource} parameter.
 * The server comes from {@code TIDEMARK_TEST_DATABASE_URL} when set, else from a Testcontainers
 * container when a Docker engine is available, else from an embedded PostgreSQL (Zonky); one
 * server serves the whole test run and each class gets a new database on it, dropped after
 * the class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TidemarkExtension.class)
public @interface TidemarkDatabase {
  /**
   * The package of the revision classes (the processor's {@code -Atidemark.package}); empty
   * takes every revision registry on the class path.
   */
  String revisionPackage() default "";

  /** The version table's name; its schema is {@code public} (or the class's own schema). */
  String versionTable() default "tidemark_version";

  /**
   * Whether the chain needs TimescaleDB: the extension is created in the new database
   * before migrating, and a container uses the {@code timescale/timescaledb} image. The
   * embedded PostgreSQL has no TimescaleDB, so without a URL or Docker this fails (TM171).
   */
  boolean timescale() default false;
}
