package io.tidemark.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File-tree helpers: copy, delete, list and hash, always in sorted order. */
final class FileTrees {
  private FileTrees() {}

  static void copy(Path from, Path to) {
    for (Path file : files(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      try {
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      } catch (IOException e) {
        throw new UncheckedIOException("could not copy " + file + " to " + target, e);
      }
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Regular files under {@code dir}, sorted; empty when {@code dir} does not exist. */
  static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + dir, e);
    }
  }

  /** Relative path to SHA-256 of every file under {@code dir}. */
  static Map<String, String> hashes(Path dir) {
    Map<String, String> hashes = new TreeMap<>();
    for (Path file : files(dir)) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        hashes.put(dir.relativize(file).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
    return hashes;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
