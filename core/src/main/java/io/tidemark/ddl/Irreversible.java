package io.tidemark.ddl;

/** Decides how an operation says that it lacks what its reverse needs. */
final class Irreversible {
  private Irreversible() {}

  /** What {@link Operation#reverse()} throws when {@code op} lacks {@code missing}. */
  static UnsupportedOperationException because(Operation op, String missing) {
    return new UnsupportedOperationException(op + " cannot be reversed: it was recorded without "
        + missing + " (as a revision's Operations records it); write its reverse by hand");
  }

  /** Checks that the definition an operation carries for its reverse is the one it names. */
  static void sameName(String what, String name, String definitionName) {
    if (definitionName != null && !definitionName.equals(name)) {
      throw new IllegalArgumentException(what + " " + name + " does not match the definition it"
          + " carries for its reverse, which names " + definitionName);
    }
  }
}
