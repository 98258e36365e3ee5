package io.tidemark.docs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One fenced code block of a Markdown page: its language, text, the line its fence opens on,
 * the HTML comment right before it (the marker saying how the block is checked, or
 * {@code null}) and the paragraph before that (where a visible label must sit).
 */
record DocBlock(Path page, int line, String language, String text, String marker, String before) {
  /** Languages whose blocks must be compiled, run, copied from a tested file or marked. */
  static final Set<String> CHECKED =
      Set.of("java", "bash", "sh", "shell", "console", "xml");

  boolean checked() {
    return CHECKED.contains(language);
  }

  boolean shell() {
    return Set.of("bash", "sh", "shell").contains(language);
  }

  /** The marker's key ({@code "from"} for {@code <!-- from: x -->}), lower case, or "". */
  String markerKey() {
    if (marker == null) {
      return "";
    }
    int colon = marker.indexOf(':');
    return (colon < 0 ? marker : marker.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The marker's value (after the first colon), stripped, or "". */
  String markerValue() {
    int colon = marker == null ? -1 : marker.indexOf(':');
    return colon < 0 ? "" : marker.substring(colon + 1).strip();
  }

  /** {@code docs/commands.md:42}, for test names and failure messages. */
  String where() {
    Path name = page.getParent() == null ? page.getFileName()
        : page.getParent().getFileName().resolve(page.getFileName());
    return name + ":" + line;
  }
}
