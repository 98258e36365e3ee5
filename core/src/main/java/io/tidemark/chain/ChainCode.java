package io.tidemark.chain;

/**
 * The stable codes of the revision-chain rules. The processor reports them as compiler errors
 * on the revision class and the runtime as its error codes of the same name, so one rule has
 * one code wherever it is broken.
 */
public enum ChainCode {
  TM102("two revisions share one id"),
  TM103("a revision names a parent that does not exist"),
  TM104("the revision graph has a cycle"),
  TM105("the revision graph has no base or more than one base"),
  TM106("a revision id does not have the form NNNN_hhhhhh"),
  TM110("a revision target names no known revision"),
  TM111("a revision prefix matches more than one revision"),
  TM112("'head' is ambiguous because there are several heads"),
  TM113("a revision target is not valid in this command"),
  TM114("a relative target moves past the end of the chain");

  private final String meaning;

  ChainCode(String meaning) {
    this.meaning = meaning;
  }

  /** One line saying what the code means. */
  public String meaning() {
    return meaning;
  }
}
