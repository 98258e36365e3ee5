package com.example.util;

/** Not an entity: touching it must not change the schema. */
public final class Util {
  private Util() {}

  public static String greeting() {
    return "hello, again";
  }
}
