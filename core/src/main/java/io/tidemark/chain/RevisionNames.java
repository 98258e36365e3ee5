package io.tidemark.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id and class-name rules: ids are {@code NNNN_hhhhhh} (a four-digit sequence and six hex
 * digits of a hash of the revision's content), classes {@code RevNNNN_hhhhhh_CamelMessage}.
 * The processor names the revisions it generates with them, and {@code revision -m} the empty
 * ones it writes.
 */
public final class RevisionNames {
  /** Longest camel-case message part of a class name, before whole clauses or words are cut. */
  static final int MAX_NAME_CHARS = 40;
  private static final int MAX_SEQUENCE = 9999;

  private RevisionNames() {}

  /** Whether {@code id} has the form {@code NNNN_hhhhhh}, hex digits in lower case. */
  public static boolean isId(String id) {
    // By hand, not a regex: the runtime checks every revision of the chain on start-up.
    if (id == null || id.length() != 11 || id.charAt(4) != '_') {
      return false;
    }
    for (int i = 0; i < 11; i++) {
      char c = id.charAt(i);
      boolean ok = i < 4 ? c >= '0' && c <= '9'
          : i == 4 || c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The sequence number of an id of the form {@code NNNN_hhhhhh}. */
  public static int sequence(String id) {
    if (!isId(id)) {
      throw new IllegalArgumentException("not a revision id: " + id);
    }
    return Integer.parseInt(id.substring(0, 4));
  }

  /** The id of revision {@code sequence}: the sequence and the first six hex digits of SHA-256 of {@code content}. */
  public static String id(int sequence, String content) {
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("revision sequence out of 1.." + MAX_SEQUENCE + ": "
          + sequence);
    }
    String digits = Integer.toString(sequence);
    return "0".repeat(4 - digits.length()) + digits + "_" + hash(content);
  }

  /**
   * The class name of revision {@code id}: {@code Rev0002_a1b2c3_AddUsersEmail} for message
   * {@code "add users.email"}, just {@code Rev0002_a1b2c3} when the message has no letter or
   * digit.
   */
  public static String className(String id, String message) {
    String words = camelCase(message);
    return "Rev" + id + (words.isEmpty() ? "" : "_" + words);
  }

  /**
   * {@code "add users.email"} gives {@code AddUsersEmail}. Longer messages keep whole clauses
   * (split at {@code ", "}) while they fit in about 40 characters, so a name never ends in the
   * middle of a change; a first clause that is too long alone is cut at a word, and a first
   * word that is too long alone at 40 characters.
   */
  static String camelCase(String message) {
    StringBuilder name = new StringBuilder();
    for (String clause : message.split(", ")) {
      String part = camelWords(clause, Integer.MAX_VALUE);
      if (name.length() + part.length() > MAX_NAME_CHARS) {
        if (name.length() == 0) {
          name.append(camelWords(clause, MAX_NAME_CHARS));
        }
        break;
      }
      name.append(part);
    }
    return name.toString();
  }

  private static String camelWords(String text, int max) {
    StringBuilder name = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String part = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      if (name.length() + part.length() > max) {
        if (name.length() == 0) {
          name.append(part, 0, max);
        }
        break;
      }
      name.append(part);
    }
    return name.toString();
  }

  private static String hash(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
