package io.tidemark.chain;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an empty, hand-editable revision class on the current head(s), in the shape the
 * processor generates. Revision sources on disk count too, so a revision not compiled yet
 * is neither numbered over nor left out of the parents.
 */
public final class RevisionSourceWriter {
  private static final Pattern ANNOTATION = Pattern.compile(
      "@Revision\\s*\\(\\s*id\\s*=\\s*\"(\\d{4}_[0-9a-f]{6})\"\\s*(?:,\\s*parent\\s*=\\s*"
          + "(\\{[^}]*\\}|\"[^\"]*\"))?");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

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
  public Path write(RevisionGraph graph, String message) {
    if (message == null || message.isBlank()) {
      throw new TidemarkException(ErrorCode.TM150, "A revision needs a message: -m \"what it "
          + "does\".");
    }
    String text = message.strip().replaceAll("\\s+", " ");
    Path directory = sourceRoot.resolve(packageName.replace('.', '/'));
    Map<String, List<String>> parentsById = new LinkedHashMap<>();
    graph.ordered().forEach(node -> parentsById.put(node.id(), node.parents()));
    parentsById.putAll(onDisk(directory));
    List<String> parents = heads(parentsById);
    int sequence = parentsById.keySet().stream()
        .mapToInt(id -> Integer.parseInt(id.substring(0, 4))).max().orElse(0) + 1;
    String id = String.format(Locale.ROOT, "%04d_%s", sequence,
        hash(sequence + "\n" + String.join(",", parents) + "\n" + text));
    String className = "Rev" + id + camel(text);
    Path file = directory.resolve(className + ".java");
    try {
      Files.createDirectories(directory);
      Files.writeString(file, source(id, parents, text, className), StandardCharsets.UTF_8,
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

  private static Map<String, List<String>> onDisk(Path directory) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return found;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher revision = ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (revision.find()) {
          List<String> parents = new ArrayList<>();
          if (revision.group(2) != null) {
            Matcher quoted = QUOTED.matcher(revision.group(2));
            while (quoted.find()) {
              parents.add(quoted.group(1));
            }
          }
          found.put(revision.group(1), parents);
        }
      }
    } catch (IOException e) {
      throw new TidemarkException(ErrorCode.TM150, "Cannot read " + directory + ": " + e, e);
    }
    return found;
  }

  private static List<String> heads(Map<String, List<String>> parentsById) {
    List<String> referenced = parentsById.values().stream().flatMap(List::stream).toList();
    return parentsById.keySet().stream().filter(id -> !referenced.contains(id)).sorted()
        .toList();
  }

  private static String hash(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** {@code "add users.email"} becomes {@code "_AddUsersEmail"}, at most 40 characters. */
  static String camel(String message) {
    String words = Arrays.stream(message.split("[^A-Za-z0-9]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining());
    words = words.length() > 40 ? words.substring(0, 40) : words;
    return words.isEmpty() ? "" : "_" + words;
  }

  private String source(String id, List<String> parents, String message, String className) {
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
        + "  public void upgrade(Operations op) {}\n"
        + "\n"
        + "  @Override\n"
        + "  public void downgrade(Operations op) {}\n"
        + "}\n";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
