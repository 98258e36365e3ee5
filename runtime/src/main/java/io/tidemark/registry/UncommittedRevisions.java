package io.tidemark.registry;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The generated revisions that no one has committed yet: their files are new to git (untracked
 * or only added) and no database given has them. Removing them, with their snapshots, lets the
 * next compile write one revision for the whole model change, as Django's and EF Core's users
 * fold migrations they made while iterating. The processor never rewrites a revision itself.
 */
public final class UncommittedRevisions {
  private final Path directory;

  public UncommittedRevisions(Path sourceRoot, String packageName) {
    new RevisionSourceWriter(sourceRoot, packageName); // checks the package name
    this.directory = sourceRoot.resolve(packageName.replace('.', '/'));
  }

  /**
   * The files of the uncommitted revisions (each revision source and its snapshot), after
   * checking that they can go: each was generated (has a snapshot), none is applied to the
   * database ({@code applied} ids), and no committed revision builds on one.
   */
  public List<Path> find(Collection<String> applied) {
    List<RevisionHeader> headers = RevisionSourceWriter.onDisk(directory);
    Set<Path> fresh = newToGit();
    List<RevisionHeader> uncommitted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RevisionHeader header : headers) {
      if (fresh.contains(real(Path.of(header.origin())))) {
        uncommitted.add(header);
        ids.add(header.id());
      }
    }
    List<Path> files = new ArrayList<>();
    for (RevisionHeader header : uncommitted) {
      Path source = Path.of(header.origin());
      Path snapshot = snapshotOf(source);
      if (!Files.isRegularFile(snapshot)) {
        throw refused(source + " (revision " + header.id() + ") has no snapshot next to it: it "
            + "was written by hand (tidemark revision -m), and its code cannot be regenerated."
            + " Commit it first, or move its operations into a revision of its own by hand");
      }
      if (applied.contains(header.id())) {
        throw refused("revision " + header.id() + " is applied to the database. Downgrade it "
            + "first (tidemark downgrade " + (header.parents().isEmpty() ? "base"
                : header.parents().get(0)) + "), then squash");
      }
      files.add(source);
      files.add(snapshot);
    }
    for (RevisionHeader header : headers) {
      if (!ids.contains(header.id())) {
        for (String parent : header.parents()) {
          if (ids.contains(parent)) {
            throw refused("the committed revision " + header.id() + " (" + header.origin()
                + ") builds on the uncommitted revision " + parent + ". Commit " + parent
                + " too, or rewrite " + header.id() + "'s parent by hand");
          }
        }
      }
    }
    return files;
  }

  /** Deletes the files {@link #find} returned. */
  public static void remove(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new TidemarkException(ErrorCode.TM147, "Cannot delete " + file + ": " + e
            + ". Nothing after it was deleted; delete the listed files by hand.", e);
      }
    }
  }

  private static Path snapshotOf(Path source) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - ".java".length())
        + ".snapshot.json");
  }

  /** The files under the revision directory that git does not have in a commit. */
  private Set<Path> newToGit() {
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    // Porcelain paths are relative to the top of the work tree, wherever git runs.
    Path top = Path.of(git("rev-parse", "--show-toplevel").strip());
    Set<Path> fresh = new HashSet<>();
    for (String entry : git("status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
        .split("\0")) {
      // "XY path": untracked (??) or added to the index and never committed (A).
      if (entry.length() > 3 && (entry.startsWith("??") || entry.charAt(0) == 'A')) {
        fresh.add(real(top.resolve(entry.substring(3))));
      }
    }
    return fresh;
  }

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw refused("'" + String.join(" ", command) + "' failed in " + directory + ": "
            + output.strip() + ". Squashing needs the revisions in a git work tree");
      }
      return output;
    } catch (IOException e) {
      throw refused("cannot run git (" + e.getMessage() + "). Squashing needs git on the PATH");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("interrupted while running git");
    }
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static TidemarkException refused(String why) {
    return new TidemarkException(ErrorCode.TM147, "Cannot squash the uncommitted revisions: "
        + why + ". Nothing was deleted.");
  }
}
