package io.tidemark;

/**
 * Every runtime error Tidemark reports, with a stable code users can search for. The codes
 * never change meaning; new ones are added at the end of their group.
 */
public enum ErrorCode {
  // Revision chain (found before the database is touched)
  TM101("a class in the revision registry has no @Revision annotation"),
  TM102("two revisions share one id"),
  TM103("a revision names a parent that does not exist"),
  TM104("the revision graph has a cycle"),
  TM105("the revision graph has no base or more than one base"),
  TM106("a revision id does not have the form NNNN_hhhhhh"),
  TM107("a revision cannot be rendered to SQL"),
  TM108("no revision registry is in the requested package"),

  // Targets
  TM110("a revision target names no known revision"),
  TM111("a revision prefix matches more than one revision"),
  TM112("'head' is ambiguous because there are several heads"),
  TM113("a revision target is not valid in this command"),
  TM114("a relative target moves past the end of the chain"),

  // Integrity of the applied state
  TM120("an applied revision was changed after it was applied"),
  TM121("the database holds a revision that the code does not know"),
  TM122("the database is not at the head revisions"),
  TM123("the version table exists but does not have the expected columns"),

  // Execution
  TM130("a migration statement failed; the revision was rolled back"),
  TM131("a revision with non-transactional steps failed part way and is partially applied"),
  TM132("the migration lock could not be taken or released"),
  TM133("a database call outside a migration statement failed"),

  // Connection
  TM140("the database URL is not valid"),
  TM141("the database server cannot be reached"),
  TM142("the server rejected the user name or password"),
  TM143("the database does not exist"),

  // Files
  TM150("a revision source file cannot be written");

  private final String meaning;

  ErrorCode(String meaning) {
    this.meaning = meaning;
  }

  /** One line saying what the code means. */
  public String meaning() {
    return meaning;
  }
}
