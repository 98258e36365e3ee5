package io.tidemark.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code @Revision} header of a revision source without compiling it, as javac would
 * read it: attributes in any order, {@code @Revision} or {@code @io.tidemark.Revision},
 * {@code parent = "x"} or {@code parent = {"a", "b"}}, string values split with {@code +} and
 * written with escapes, comments and line breaks anywhere. Only the text before the class body
 * is read, so a large revision costs no more than a small one.
 */
public final class RevisionSourceParser {
  private static final char IDENTIFIER = 'i';
  private static final char STRING = 's';
  private static final char OTHER = 'x';

  private RevisionSourceParser() {}

  /**
   * The id and parents the source's {@code @Revision} declares, with {@code origin} naming the
   * source in messages; empty when the source has no {@code @Revision} before its class body,
   * or its {@code id} or {@code parent} is not made of string literals.
   */
  public static Optional<RevisionHeader> parse(String source, String origin) {
    List<Token> tokens = new Lexer(source).preamble();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == '@') {
        int open = annotationArguments(tokens, i + 1);
        if (open >= 0) {
          return arguments(tokens, open + 1, origin);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The source up to and including the brace that opens its first class body: package,
   * imports, Javadoc and annotations.
   */
  public static String preamble(String source) {
    Lexer lexer = new Lexer(source);
    lexer.preamble();
    return source.substring(0, lexer.end);
  }

  /** The index of the {@code (} after {@code Revision} or {@code io.tidemark.Revision}, else -1. */
  private static int annotationArguments(List<Token> tokens, int from) {
    StringBuilder name = new StringBuilder();
    int i = from;
    while (i < tokens.size() && tokens.get(i).kind() == IDENTIFIER) {
      name.append(tokens.get(i).text());
      i++;
      if (i < tokens.size() && tokens.get(i).kind() == '.') {
        name.append('.');
        i++;
      } else {
        break;
      }
    }
    boolean revision = name.toString().equals("Revision")
        || name.toString().equals("io.tidemark.Revision");
    return revision && i < tokens.size() && tokens.get(i).kind() == '(' ? i : -1;
  }

  private static Optional<RevisionHeader> arguments(List<Token> tokens, int from, String origin) {
    String id = null;
    List<String> parents = null;
    int i = from;
    if (i < tokens.size() && tokens.get(i).kind() == ')') {
      return Optional.empty();
    }
    while (i + 1 < tokens.size() && tokens.get(i).kind() == IDENTIFIER
        && tokens.get(i + 1).kind() == '=') {
      String name = tokens.get(i).text();
      int end = valueEnd(tokens, i + 2);
      if (end < 0) {
        return Optional.empty();
      }
      List<Token> value = tokens.subList(i + 2, end);
      if (name.equals("id")) {
        if (id != null || (id = concatenation(value)) == null) {
          return Optional.empty();
        }
      } else if (name.equals("parent")) {
        if (parents != null || (parents = strings(value)) == null) {
          return Optional.empty();
        }
      }
      if (tokens.get(end).kind() == ')') {
        return id == null ? Optional.empty()
            : Optional.of(new RevisionHeader(id, parents == null ? List.of() : parents, origin));
      }
      i = end + 1;
    }
    return Optional.empty();
  }

  /** The index of the {@code ,} or {@code )} that ends the value starting at {@code from}, or -1. */
  private static int valueEnd(List<Token> tokens, int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      char kind = tokens.get(i).kind();
      if (depth == 0 && (kind == ',' || kind == ')')) {
        return i == from ? -1 : i;
      }
      if (kind == '(' || kind == '{') {
        depth++;
      } else if (kind == ')' || kind == '}') {
        depth--;
      }
    }
    return -1;
  }

  /** The strings of {@code "a"} or {@code {"a", "b"}}, or null when one is not a literal. */
  private static List<String> strings(List<Token> value) {
    if (value.get(0).kind() != '{') {
      String single = concatenation(value);
      return single == null ? null : List.of(single);
    }
    if (value.get(value.size() - 1).kind() != '}') {
      return null;
    }
    List<String> result = new ArrayList<>();
    int start = 1;
    for (int i = 1; i < value.size(); i++) {
      char kind = value.get(i).kind();
      if (kind == ',' || i == value.size() - 1) {
        if (i > start) {
          String item = concatenation(value.subList(start, i));
          if (item == null) {
            return null;
          }
          result.add(item);
        } else if (kind == ',') {
          return null;
        }
        start = i + 1;
      }
    }
    return result;
  }

  /** The value of {@code "a" + "b"}, or null when the tokens are anything else. */
  private static String concatenation(List<Token> value) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < value.size(); i++) {
      Token token = value.get(i);
      if (i % 2 == 0 ? token.kind() != STRING : token.kind() != '+') {
        return null;
      }
      if (i % 2 == 0) {
        text.append(token.text());
      }
    }
    return value.size() % 2 == 1 ? text.toString() : null;
  }

  /** One token: an identifier, a decoded string literal, another literal, or one punctuation character. */
  private record Token(char kind, String text) {}

  /** Splits Java source into tokens, skipping whitespace and comments, up to the first class body. */
  private static final class Lexer {
    private final String source;
    private int end;

    Lexer(String source) {
      this.source = source;
    }

    /** The tokens before the first brace outside parentheses; {@link #end} is just past it. */
    List<Token> preamble() {
      List<Token> tokens = new ArrayList<>();
      int parens = 0;
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (source.startsWith("//", i)) {
          int newline = source.indexOf('\n', i);
          i = newline < 0 ? n : newline + 1;
        } else if (source.startsWith("/*", i)) {
          int close = source.indexOf("*/", i + 2);
          i = close < 0 ? n : close + 2;
        } else if (source.startsWith("\"\"\"", i)) {
          int close = quoted(i + 3, "\"\"\"");
          tokens.add(new Token(OTHER, ""));
          i = close;
        } else if (c == '"' || c == '\'') {
          int close = quoted(i + 1, String.valueOf(c));
          String body = source.substring(i + 1, Math.max(i + 1, close - 1));
          String text = c == '"' && source.charAt(close - 1) == '"' && close - 1 > i
              ? unescape(body) : null;
          tokens.add(text == null ? new Token(OTHER, "") : new Token(STRING, text));
          i = close;
        } else if (Character.isJavaIdentifierStart(c)) {
          int start = i;
          while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
            i++;
          }
          tokens.add(new Token(IDENTIFIER, source.substring(start, i)));
        } else if (Character.isDigit(c)) {
          while (i < n && (Character.isLetterOrDigit(source.charAt(i))
              || source.charAt(i) == '.' || source.charAt(i) == '_')) {
            i++;
          }
          tokens.add(new Token(OTHER, ""));
        } else {
          if (c == '{' && parens == 0) {
            end = i + 1;
            return tokens;
          }
          parens += c == '(' ? 1 : c == ')' ? -1 : 0;
          tokens.add(new Token(c, String.valueOf(c)));
          i++;
        }
      }
      end = n;
      return tokens;
    }

    /**
     * The index just past the {@code close} that ends a literal whose body starts at {@code i};
     * a string or character literal also ends, unterminated, at a line break.
     */
    private int quoted(int i, String close) {
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (source.startsWith(close, i)) {
          return i + close.length();
        } else if (c == '\n' && close.length() == 1) {
          return i;
        } else {
          i++;
        }
      }
      return n;
    }
  }

  /** The value of a string literal's body, or null when an escape is not valid Java. */
  static String unescape(String body) {
    StringBuilder text = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      if (++i == body.length()) {
        return null;
      }
      char e = body.charAt(i);
      switch (e) {
        case 'b' -> text.append('\b');
        case 't' -> text.append('\t');
        case 'n' -> text.append('\n');
        case 'f' -> text.append('\f');
        case 'r' -> text.append('\r');
        case 's' -> text.append(' ');
        case '"', '\'', '\\' -> text.append(e);
        case 'u' -> {
          while (i < body.length() && body.charAt(i) == 'u') {
            i++;
          }
          if (i + 4 > body.length()) {
            return null;
          }
          try {
            text.append((char) Integer.parseInt(body.substring(i, i + 4), 16));
          } catch (NumberFormatException bad) {
            return null;
          }
          i += 3;
        }
        default -> {
          if (e < '0' || e > '7') {
            return null;
          }
          int max = e <= '3' ? 3 : 2;
          int start = i;
          while (i + 1 < body.length() && i + 1 - start < max && body.charAt(i + 1) >= '0'
              && body.charAt(i + 1) <= '7') {
            i++;
          }
          text.append((char) Integer.parseInt(body.substring(start, i + 1), 8));
        }
      }
    }
    return text.toString();
  }
}
