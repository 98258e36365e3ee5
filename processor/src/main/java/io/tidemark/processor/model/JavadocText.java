package io.tidemark.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the comment text a Javadoc gives: its first paragraph (up to a blank line, a
 * {@code <p>} or the first block tag), inline tags reduced to their text ({@code {@link Order
 * orders}} to {@code orders}, {@code {@code x}} to {@code x}), HTML tags left out, entities
 * decoded and whitespace collapsed; {@code null} when nothing is left.
 */
final class JavadocText {
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w");
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|<[pP]\\s*/?>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private JavadocText() {}

  /** The first paragraph of {@code doc} (a doc comment as javac gives it), or {@code null}. */
  static String firstParagraph(String doc) {
    if (doc == null) {
      return null;
    }
    String text = doc;
    Matcher tag = BLOCK_TAG.matcher(text);
    if (tag.find()) {
      text = text.substring(0, tag.start());
    }
    return clean(firstOf(text));
  }

  /**
   * The text of {@code @param name} in {@code doc}, up to the next block tag: how a record
   * documents its components.
   */
  static String param(String doc, String name) {
    if (doc == null) {
      return null;
    }
    Matcher param = Pattern.compile("(?m)^\\s*@param\\s+" + Pattern.quote(name) + "\\s").matcher(doc);
    if (!param.find()) {
      return null;
    }
    String rest = doc.substring(param.end());
    Matcher next = BLOCK_TAG.matcher(rest);
    return clean(firstOf(next.find() ? rest.substring(0, next.start()) : rest));
  }

  private static String firstOf(String text) {
    String stripped = text.strip();
    Matcher paragraph = PARAGRAPH.matcher(stripped);
    return paragraph.find() ? stripped.substring(0, paragraph.start()) : stripped;
  }

  private static String clean(String text) {
    String plain = HTML_TAG.matcher(inlineTags(text)).replaceAll("")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    String collapsed = plain.replaceAll("\\s+", " ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }

  /** {@code {@tag body}} as its text, braces inside the body kept when balanced. */
  private static String inlineTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int end = closing(text, start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      String inner = text.substring(start + 2, end);
      String[] parts = inner.split("\\s+", 2);
      String body = parts.length > 1 ? parts[1].strip() : "";
      out.append(parts[0].startsWith("link") ? link(body) : body);
      i = end + 1;
    }
    return out.toString();
  }

  private static int closing(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code Order#total label} as its label, without one as {@code Order.total}. */
  private static String link(String body) {
    String[] parts = body.split("\\s+", 2);
    if (parts.length > 1) {
      return parts[1];
    }
    String target = parts[0].startsWith("#") ? parts[0].substring(1) : parts[0];
    return target.replace('#', '.');
  }
}
