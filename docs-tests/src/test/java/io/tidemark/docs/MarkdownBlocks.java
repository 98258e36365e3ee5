package io.tidemark.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fenced code blocks of a Markdown page, with the marker comment before each. */
final class MarkdownBlocks {
  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w+-]*).*$");
  private static final Pattern COMMENT = Pattern.compile("^<!--(.*)-->$");

  private MarkdownBlocks() {}

  static List<DocBlock> read(Path page) {
    try {
      return parse(page, Files.readAllLines(page, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<DocBlock> parse(Path page, List<String> lines) {
    List<DocBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i).strip());
      if (!open.matches() || lines.get(i).startsWith("    ")) {
        continue;
      }
      String fence = open.group(1);
      int start = i;
      StringBuilder text = new StringBuilder();
      i++;
      while (i < lines.size() && !lines.get(i).strip().equals(fence)) {
        text.append(lines.get(i)).append('\n');
        i++;
      }
      if (i == lines.size()) {
        throw new IllegalStateException(page + ":" + (start + 1) + ": code fence never closed");
      }
      String marker = null;
      int previous = start - 1;
      if (previous >= 0) {
        Matcher comment = COMMENT.matcher(lines.get(previous).strip());
        if (comment.matches()) {
          marker = comment.group(1).strip();
          previous--;
        }
      }
      blocks.add(new DocBlock(page, start + 1, open.group(2).toLowerCase(java.util.Locale.ROOT),
          text.toString(), marker, paragraphBefore(lines, previous)));
    }
    return blocks;
  }

  /** The non-blank lines ending at {@code last}, skipping blank lines right above the block. */
  private static String paragraphBefore(List<String> lines, int last) {
    int i = last;
    while (i >= 0 && lines.get(i).isBlank()) {
      i--;
    }
    StringBuilder paragraph = new StringBuilder();
    while (i >= 0 && !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("```")) {
      paragraph.insert(0, lines.get(i) + "\n");
      i--;
    }
    return paragraph.toString();
  }
}
