package io.tidemark;

import io.tidemark.chain.ChainCode;

/**
 * Every runtime error Tidemark reports, with a stable code users can search for. The codes
 * never change meaning; new ones are added at the end of their group.
 */
public enum ErrorCode {
  // Revision chain (found before the database is touched)
  TM101("a class in the revision registry has no @Revision annotation"),
  TM102(ChainCode.TM102),
  TM103(ChainCode.TM103),
  TM104(ChainCode.TM104),
  TM105(ChainCode.TM105),
  TM106(ChainCode.TM106),
  TM107("a revision cannot be rendered to SQL"),
  TM108("no revision registry is in the requested package"),

  // Targets
  TM110(ChainCode.TM110),
  TM111(ChainCode.TM111),
  TM112(ChainCode.TM112),
  TM113(ChainCode.TM113),
  TM114(ChainCode.TM114),

  // Integrity of the applied state
  TM120("an applied revision was changed after it was applied"),
  TM121("the database holds a revision that the code does not know"),
  TM122("the database is not at the head revisions"),
  TM123("the version table exists but does not have the expected columns"),
  TM124("the version table lacks a revision below one it records"),
  TM125("the version table's head flags disagree with the revisions it records"),
  TM126("the version table records one revision more than once"),

  // Execution
  TM130("a migration statement failed; the revision was rolled back"),
  TM131("a revision with non-transactional steps failed part way and is partially applied"),
  TM132("the migration lock could not be taken or released"),
  TM133("a database call outside a migration statement failed"),
  TM134("another session held the migration lock for longer than the lock wait"),
  TM135("a revision that an earlier run stopped part way cannot be continued as the code stands"),
  TM136("a step that an earlier run stopped in the middle of failed when run again"),

  // Connection
  TM140("the database URL is not valid"),
  TM141("the database server cannot be reached"),
  TM142("the server rejected the user name or password"),
  TM143("the database does not exist"),

  // Extensions
  TM148("the revision needs TimescaleDB, which the database does not have"),

  // Files
  TM147("uncommitted revisions cannot be squashed"),
  TM150("a revision source file cannot be written"),

  // Lock waits
  TM151("a statement could not get its lock within the revision's lock retry budget"),
  TM152("a revision's lock settings are not durations"),

  // The live schema
  TM160("the live schema differs from the model of the revision the database is at"),
  TM161("the model of the revision the database is at is not on the class path"),
  TM162("imported entity classes cannot be written where they were asked for"),

  // Spring Boot integration
  TM163("the tidemark.* properties of a Spring Boot application contradict each other"),

  // Test databases (tidemark-junit)
  TM170("no database for a test: a library that the chosen way needs is not on the class path"),
  TM171("a test asked for TimescaleDB, which the chosen server cannot provide"),
  TM172("a test database could not be created or dropped on the server");

  private final String meaning;
  /** The chain rule this code reports, or null. */
  private final ChainCode rule;

  ErrorCode(String meaning) {
    this.meaning = meaning;
    this.rule = null;
  }

  /** The code of a chain rule, which the processor reports at compile time under the same name. */
  ErrorCode(ChainCode rule) {
    this.meaning = rule.meaning();
    this.rule = rule;
  }

  /** The code that reports {@code rule}. */
  public static ErrorCode of(ChainCode rule) {
    for (ErrorCode code : values()) {
      if (code.rule == rule) {
        return code;
      }
    }
    throw new IllegalArgumentException("no error code for chain rule " + rule);
  }

  /** One line saying what the code means. */
  public String meaning() {
    return meaning;
  }
}
