package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;

/** Checks names against PostgreSQL's identifier length limit. */
final class Identifiers {
  private Identifiers() {}

  /** True when {@code name} fits; otherwise reports TM006 at {@code place}. */
  static boolean check(Reporter reporter, Place place, String what, String name) {
    if (Naming.bytes(name) <= Naming.MAX_BYTES) {
      return true;
    }
    reporter.error(Code.TM006, place, what + " \"" + name + "\" is " + Naming.bytes(name)
        + " bytes long; PostgreSQL truncates identifiers to 63 bytes, so write a shorter name"
        + " with name = \"...\".");
    return false;
  }
}
