package io.tidemark.registry;

import io.tidemark.ErrorCode;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.ChainCheck;
import io.tidemark.chain.ChainNode;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.RevisionHeader;
import io.tidemark.chain.RevisionNames;
import io.tidemark.chain.RevisionSourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an empty, hand-editable revision class on the current head(s), in the shape the
 * processor generates. Revision sources on disk count too, read and checked with the
 * processor's rules, so a revision not compiled yet is neither numbered over nor left out of
 * the parents.
 */
public final class RevisionSourceWriter {
  private final Path sourceRoot;
  private final String packageName;

  public RevisionSourceWriter(Path sourceRoot, String packageName) {
    if (!packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new TidemarkException(ErrorCode.TM150, "'" + packageName + "' is not a Java "
          + "package name; pass the package of the revision classes, for example com.acme.db.");
    }
    this.sourceRoot = sourceRoot;
    this.packageName = packageName;
  }

  /** Writes the revision and returns its file. */
  public Path write(RevisionGraph<RevisionNode> graph, String message) {
    return write(graph, message, List.of(), List.of());
  }

  /**
   * Writes a revision whose upgrade and downgrade run {@code upgrade} and {@code downgrade}
   * with {@code op.sql}, each in order; an entry that is one line starting with {@code --}
   * becomes a comment.
   */
  public Path write(RevisionGraph<RevisionNode> graph, String message, List<String> upgrade,
      List<String> downgrade) {
    if (message == null || message.isBlank()) {
      throw new TidemarkException(ErrorCode.TM150, "A revision needs a message: -m \"what it "
          + "does\".");
    }
    String text = message.strip().replaceAll("\\s+", " ");
    Path directory = sourceRoot.resolve(packageName.replace('.', '/'));
    Map<String, ChainNode> byId = new LinkedHashMap<>();
    for (RevisionNode node : graph.ordered()) {
      byId.put(node.id(), node);
    }
    List<ChainNode> nodes = new ArrayList<>();
    for (RevisionHeader header : onDisk(directory)) {
      byId.remove(header.id());
      nodes.add(header);
    }
    nodes.addAll(byId.values());
    RevisionGraph<ChainNode> chain = ChainCheck.of(nodes, new ChainErrors<ChainNode>()).graph();
    List<String> parents = chain.heads();
    int sequence = chain.nextSequence();
    String id = RevisionNames.id(sequence,
        sequence + "\n" + String.join(",", parents) + "\n" + text);
    String className = RevisionNames.className(id, text);
    Path file = directory.resolve(className + ".java");
    try {
      Files.createDirectories(directory);
      Files.writeString(file, source(id, parents, text, className, upgrade, downgrade), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new TidemarkException(ErrorCode.TM150, file + " already exists; it is never "
          + "overwritten. Use another message or remove the file.", id, null, e);
    } catch (IOException e) {
      throw new TidemarkException(ErrorCode.TM150, "Cannot write " + file + ": " + e
          + ". Check that --dir points at a writable source root.", id, null, e);
    }
    return file;
  }

  /** The headers of the revision sources in {@code directory}; each source must have one. */
  static List<RevisionHeader> onDisk(Path directory) {
    List<RevisionHeader> found = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return found;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(RevisionSourceWriter::isSource).sorted().toList()) {
        Optional<RevisionHeader> header = RevisionSourceParser.parse(
            Files.readString(file, StandardCharsets.UTF_8), file.toString());
        if (header.isEmpty()) {
          throw new TidemarkException(ErrorCode.TM150, file + " has no readable @Revision(id ="
              + " \"...\", parent = ...) annotation, so the new revision's parents are unknown."
              + " Only revision classes may live in the revision package: give it the"
              + " annotation with string literals, or move the class elsewhere.");
        }
        found.add(header.get());
      }
    } catch (IOException e) {
      throw new TidemarkException(ErrorCode.TM150, "Cannot read " + directory + ": " + e, e);
    }
    return found;
  }

  private static boolean isSource(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".java") && !name.equals("package-info.java");
  }

  private String source(String id, List<String> parents, String message, String className,
      List<String> upgrade, List<String> downgrade) {
    String parent = parents.size() == 1 ? quote(parents.get(0))
        : parents.stream().map(RevisionSourceWriter::quote)
            .collect(Collectors.joining(", ", "{", "}"));
    String parentAttribute = parents.isEmpty() ? "" : ", parent = " + parent;
    return "package " + packageName + ";\n"
        + "\n"
        + "import io.tidemark.Migration;\n"
        + "import io.tidemark.Operations;\n"
        + "import io.tidemark.Revision;\n"
        + "\n"
        + "@Revision(id = " + quote(id) + parentAttribute + ", message = " + quote(message) + ")\n"
        + "public final class " + className + " implements Migration {\n"
        + "  @Override\n"
        + "  public void upgrade(Operations op) " + body(upgrade) + "\n"
        + "\n"
        + "  @Override\n"
        + "  public void downgrade(Operations op) " + body(downgrade) + "\n"
        + "}\n";
  }

  private static String body(List<String> statements) {
    if (statements.isEmpty()) {
      return "{}";
    }
    StringBuilder body = new StringBuilder("{\n");
    for (String statement : statements) {
      if (statement.startsWith("--") && !statement.contains("\n")) {
        body.append("    //").append(statement.substring(2)).append('\n');
      } else {
        List<String> lines = List.of(statement.split("\n", -1));
        body.append("    op.sql(");
        for (int i = 0; i < lines.size(); i++) {
          boolean last = i == lines.size() - 1;
          body.append(i == 0 ? "" : "        + ").append(quote(lines.get(i) + (last ? "" : "\n")))
              .append(last ? ");\n" : "\n");
        }
      }
    }
    return body.append("  }").toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : c);
      }
    }
    return quoted.append('"').toString();
  }
}
