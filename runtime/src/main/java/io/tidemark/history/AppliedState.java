package io.tidemark.history;

import io.tidemark.AppliedRevision;
import io.tidemark.ErrorCode;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The version table's rows set against the revision graph: the revisions recorded, the heads
 * they make (from the graph, never from the {@code is_head} flags), and every way the rows
 * contradict the graph or themselves, each an {@link Inconsistency} with its fix.
 */
public final class AppliedState {
  private final Set<String> ids = new HashSet<>();
  private final List<String> unknown = new ArrayList<>();
  private final List<String> heads = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<Inconsistency> inconsistencies = new ArrayList<>();

  private AppliedState(RevisionGraph<RevisionNode> chain, VersionTable table,
      List<AppliedRevision> rows) {
    Map<String, AppliedRevision> byId = new LinkedHashMap<>();
    Map<String, Integer> copies = new LinkedHashMap<>();
    Set<String> namedAsParent = new HashSet<>();
    Set<String> flaggedIds = new HashSet<>();
    Set<String> below = new HashSet<>();
    for (AppliedRevision row : rows) {
      byId.putIfAbsent(row.id(), row);
      if (row.head()) {
        flaggedIds.add(row.id());
      }
      copies.merge(row.id(), 1, Integer::sum);
      namedAsParent.addAll(row.parents());
      if (chain.contains(row.id())) {
        ids.add(row.id());
        below.addAll(chain.get(row.id()).parents());
      } else if (copies.get(row.id()) == 1) {
        unknown.add(row.id());
        for (String parent : row.parents()) {
          if (chain.contains(parent)) {
            below.add(parent);
          }
        }
      }
    }
    // Every ancestor of a recorded revision: none of them can be a head, all must be recorded.
    Set<String> ancestors = chain.withAncestors(below);
    List<String> flagged = new ArrayList<>();
    List<String> knownHeads = new ArrayList<>();
    for (AppliedRevision row : byId.values()) {
      boolean known = chain.contains(row.id());
      boolean head = known ? !ancestors.contains(row.id()) : !namedAsParent.contains(row.id());
      if (head) {
        heads.add(row.id());
      }
      if (known && head) {
        knownHeads.add(row.id());
      }
      if (known && flaggedIds.contains(row.id())) {
        flagged.add(row.id());
      }
    }
    for (RevisionNode node : chain.inOrder(ancestors)) {
      if (!ids.contains(node.id())) {
        missing.add(node.id());
      }
    }
    String fix = "'tidemark stamp " + (knownHeads.size() == 1 ? knownHeads.get(0) : "current")
        + "'";
    duplicates(copies, table, fix);
    unknown(byId);
    gaps(chain, fix);
    if (!new HashSet<>(flagged).equals(new HashSet<>(knownHeads))) {
      inconsistencies.add(new Inconsistency(ErrorCode.TM125, knownHeads.isEmpty() ? null
          : knownHeads.get(0), "The version table's head flags (is_head) disagree with the "
          + "revisions it records: they mark " + listOrNone(flagged) + ", but the recorded "
          + "revisions end at " + listOrNone(knownHeads) + ". The table was edited by hand. "
          + "Run " + fix + " to rewrite the flags; it runs no migration."));
    }
  }

  /** Sets {@code rows} against {@code chain}; {@code table} is named in the fixes. */
  public static AppliedState of(RevisionGraph<RevisionNode> chain, VersionTable table,
      List<AppliedRevision> rows) {
    return new AppliedState(chain, table, rows);
  }

  private void duplicates(Map<String, Integer> copies, VersionTable table, String fix) {
    List<String> repeated = new ArrayList<>();
    copies.forEach((id, count) -> {
      if (count > 1) {
        repeated.add(id + " (" + count + " rows)");
      }
    });
    if (!repeated.isEmpty()) {
      inconsistencies.add(new Inconsistency(ErrorCode.TM126, repeated.get(0).split(" ")[0],
          "The version table records " + (repeated.size() > 1 ? "revisions " : "revision ")
          + String.join(", ", repeated) + " more than once; its primary key on id was dropped, "
          + "or another tool made the table. Run " + fix + " to keep one row per revision, "
          + "then restore the key: ALTER TABLE " + table.qualifiedName()
          + " ADD PRIMARY KEY (id)."));
    }
  }

  private void unknown(Map<String, AppliedRevision> byId) {
    if (unknown.isEmpty()) {
      return;
    }
    String first = unknown.get(0);
    inconsistencies.add(new Inconsistency(ErrorCode.TM121, first, unknown.size() > 1
        ? "The database has revisions " + unknown + " applied, but the code does not contain "
            + "them. Run the code that has them (to downgrade), or 'stamp' the revision the "
            + "database really is at."
        : "The database has revision " + first + " (" + byId.get(first).message() + ") "
            + "applied, but the code does not contain it. Run the code that has it (to "
            + "downgrade), or 'stamp' the revision the database really is at."));
  }

  private void gaps(RevisionGraph<RevisionNode> chain, String fix) {
    if (missing.isEmpty()) {
      return;
    }
    String first = missing.get(0);
    String descendant = first;
    for (RevisionNode node : chain.inOrder(chain.withDescendants(Set.of(first)))) {
      if (ids.contains(node.id())) {
        descendant = node.id();
        break;
      }
    }
    boolean one = missing.size() == 1;
    inconsistencies.add(new Inconsistency(ErrorCode.TM124, first, "The version table does not "
        + "record " + (one ? "revision " + first + " (" + chain.get(first).message() + ")"
            : "revisions " + String.join(", ", missing))
        + ", but records " + descendant + ", which comes after " + (one ? "it" : "them")
        + ": a row was deleted by hand, or a revision reverted outside Tidemark. Tidemark never "
        + "applies a revision below recorded ones. If the changes of " + String.join(", ", missing)
        + " are in the database, run " + fix + " to record " + (one ? "it" : "them")
        + " again; if they are not, apply them by hand first ('tidemark show " + first
        + "' prints the SQL), then stamp."));
  }

  private static String listOrNone(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

  /** The recorded revisions the code contains. */
  public Set<String> ids() {
    return ids;
  }

  /** Recorded revisions the code does not contain, in table order. */
  public List<String> unknown() {
    return unknown;
  }

  /** The recorded revisions no other recorded revision descends from, in table order. */
  public List<String> heads() {
    return heads;
  }

  /** Revisions not recorded although a recorded revision descends from them, in graph order. */
  public List<String> missing() {
    return missing;
  }

  /** Every contradiction found, duplicates first, then unknown revisions, gaps and head flags. */
  public List<Inconsistency> inconsistencies() {
    return inconsistencies;
  }

  /**
   * The recorded revisions the code contains, for a command that is about to change the
   * database; throws the first inconsistency's code, naming them all, when there is any.
   */
  public Set<String> requireConsistent() {
    if (!inconsistencies.isEmpty()) {
      throw error(inconsistencies, " Nothing was run.");
    }
    return ids;
  }

  /**
   * The error for {@code found} (not empty): the first one's code and revision, its message
   * followed by {@code suffix}, then the others' codes and messages.
   */
  public static TidemarkException error(List<Inconsistency> found, String suffix) {
    Inconsistency first = found.get(0);
    StringBuilder message = new StringBuilder(first.message()).append(suffix);
    for (Inconsistency other : found.subList(1, found.size())) {
      message.append(" Also [").append(other.code()).append("]: ").append(other.message());
    }
    return new TidemarkException(first.code(), message.toString(), first.revision(), null, null);
  }
}
