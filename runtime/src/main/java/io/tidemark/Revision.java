package io.tidemark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} and places it in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** Revision id, {@code NNNN_hhhhhh}. */
  String id();

  /** Parent ids: none for the base, two or more for a merge revision. */
  String[] parent() default {};

  /** One line saying what the revision does. */
  String message() default "";

  /**
   * This revision's {@code lock_timeout} for one attempt at each of its transactional parts
   * ({@code "100ms"}, {@code "2s"}; {@code "0"} waits without limit), instead of the run's
   * ({@code MigratorBuilder.lockTimeout}, CLI {@code --lock-timeout}); empty for the run's.
   * Lock settings are not part of the checksum: changing them never changes the revision.
   */
  String lockTimeout() default "";

  /**
   * How long this revision keeps retrying a part that timed out waiting for a lock, from its
   * first timeout, and how long its statements outside a transaction may wait for theirs
   * ({@code "30m"}; {@code "0"} tries once), instead of the run's
   * ({@code MigratorBuilder.lockRetryBudget}, CLI {@code --lock-retry-budget}); empty for the
   * run's.
   */
  String lockRetryBudget() default "";
}
