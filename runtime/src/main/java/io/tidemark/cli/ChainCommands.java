package io.tidemark.cli;

import io.tidemark.Migrator;
import io.tidemark.RevisionNode;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.dialect.SqlListing;
import io.tidemark.dialect.Statement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The commands that read the revision chain only: history, heads, branches, show, revision. */
final class ChainCommands {
  private ChainCommands() {}

  /** Alembic's markers: {@code (head)}, {@code (branchpoint)}, {@code (mergepoint)}. */
  static String marks(RevisionGraph<RevisionNode> graph, RevisionNode node) {
    int children = graph.children(node.id()).size();
    return (children == 0 ? " (head)" : "") + (children > 1 ? " (branchpoint)" : "")
        + (node.isMerge() ? " (mergepoint)" : "");
  }

  static Map<String, Object> json(RevisionGraph<RevisionNode> graph, RevisionNode node) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", node.id());
    item.put("parents", node.parents());
    item.put("children", graph.children(node.id()));
    item.put("message", node.message());
    item.put("head", graph.children(node.id()).isEmpty());
    return item;
  }

  private static void print(TidemarkCommand root, List<RevisionNode> nodes) {
    RevisionGraph<RevisionNode> graph = root.migrator().graph();
    PrintWriter out = root.out();
    if (root.json) {
      List<Object> items = new ArrayList<>();
      nodes.forEach(node -> items.add(json(graph, node)));
      out.println(Json.write(items));
    } else {
      for (RevisionNode node : nodes) {
        if (root.verbose) {
          out.println("Rev: " + node.id() + marks(graph, node));
          out.println("Parent: " + node.parentLabel());
          if (graph.children(node.id()).size() > 1) {
            out.println("Branches into: " + String.join(", ", graph.children(node.id())));
          }
          out.println("Class: " + node.migration().getClass().getName());
          out.println();
          out.println("    " + node.message());
          out.println();
        } else {
          out.println(node.parentLabel() + " -> " + node.id() + marks(graph, node) + ", "
              + node.message());
        }
      }
    }
    out.flush();
  }

  /** {@code history [-r RANGE]}. */
  record History(TidemarkCommand root, String range) implements Callable<Integer> {
    @Override
    public Integer call() {
      print(root, root.migrator().history(range));
      return 0;
    }
  }

  /** {@code heads}. */
  record Heads(TidemarkCommand root) implements Callable<Integer> {
    @Override
    public Integer call() {
      RevisionGraph<RevisionNode> graph = root.migrator().graph();
      print(root, graph.heads().stream().map(graph::get).toList());
      return 0;
    }
  }

  /** {@code branches}. */
  record Branches(TidemarkCommand root) implements Callable<Integer> {
    @Override
    public Integer call() {
      RevisionGraph<RevisionNode> graph = root.migrator().graph();
      if (root.json || root.verbose) {
        print(root, graph.branchPoints());
        return 0;
      }
      PrintWriter out = root.out();
      for (RevisionNode node : graph.branchPoints()) {
        out.println(node.id() + marks(graph, node) + ", " + node.message());
        for (String child : graph.children(node.id())) {
          RevisionNode next = graph.get(child);
          out.println("  -> " + child + marks(graph, next) + ", " + next.message());
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code show REV}. */
  record Show(TidemarkCommand root, String target) implements Callable<Integer> {
    @Override
    public Integer call() {
      Migrator.RevisionDetails details = root.migrator().show(target);
      RevisionGraph<RevisionNode> graph = root.migrator().graph();
      RevisionNode node = details.revision();
      PrintWriter out = root.out();
      if (root.json) {
        Map<String, Object> item = json(graph, node);
        item.put("checksum", details.checksum());
        item.put("upgrade", details.upgrade().stream().map(Statement::sql).toList());
        item.put("downgrade", details.downgrade().stream().map(Statement::sql).toList());
        out.println(Json.write(item));
      } else {
        out.println("Rev: " + node.id() + marks(graph, node));
        out.println("Parent: " + node.parentLabel());
        out.println("Class: " + node.migration().getClass().getName());
        out.println("Checksum: " + details.checksum());
        out.println();
        out.println("    " + node.message());
        sql(out, "Upgrade", details.upgrade());
        sql(out, "Downgrade", details.downgrade());
      }
      out.flush();
      return 0;
    }

    private static void sql(PrintWriter out, String title, List<Statement> statements) {
      out.println();
      out.println(title + ":");
      for (String line : SqlListing.lines(statements)) {
        out.println("  " + line);
      }
    }
  }

  /** {@code revision -m MESSAGE --package PACKAGE [--dir DIR]}. */
  record NewRevision(TidemarkCommand root, String message, Path dir, String packageName)
      implements Callable<Integer> {
    @Override
    public Integer call() {
      Path file = root.migrator().revision(message, dir, packageName);
      root.out().println(root.json ? Json.write(Map.of("file", file.toString()))
          : "Generated " + file);
      root.out().flush();
      return 0;
    }
  }

  /** {@code squash --uncommitted --package PACKAGE [--dir DIR] [--dry-run]}. */
  record Squash(TidemarkCommand root, Path dir, String packageName, boolean dryRun)
      implements Callable<Integer> {
    @Override
    public Integer call() {
      List<Path> files = root.migrator().squashUncommitted(dir, packageName, dryRun);
      if (root.json) {
        root.out().println(Json.write(Map.of("files", files.stream().map(Path::toString)
            .toList(), "removed", !dryRun)));
      } else if (files.isEmpty()) {
        root.out().println("No uncommitted revisions in " + dir.resolve(
            packageName.replace('.', '/')) + ".");
      } else {
        root.out().println((dryRun ? "Would remove:" : "Removed:"));
        files.forEach(file -> root.out().println("  " + file));
        if (!dryRun) {
          root.out().println("Compile to write one revision for the whole change.");
        }
      }
      root.out().flush();
      return 0;
    }
  }
}
