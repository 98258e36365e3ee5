package io.tidemark.history;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.registry.RevisionNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the version table's rows against the code: every applied revision must be in the
 * chain (TM121) and unchanged since it ran, its stored checksum equal to the one its code
 * gives now (TM120).
 */
public final class AppliedValidator {
  private final RevisionGraph<RevisionNode> chain;
  private final VersionTable table;
  private final Function<RevisionNode, String> checksum;

  /** {@code checksum} gives a revision's current checksum, as the version table stores it. */
  public AppliedValidator(RevisionGraph<RevisionNode> chain, VersionTable table,
      Function<RevisionNode, String> checksum) {
    this.chain = chain;
    this.table = table;
    this.checksum = checksum;
  }

  /** The ids of {@code rows}; throws TM121 for the first one the code does not contain. */
  public Set<String> known(List<AppliedRevision> rows) {
    Set<String> ids = new HashSet<>();
    for (AppliedRevision row : rows) {
      if (!chain.contains(row.id())) {
        throw new TidemarkException(ErrorCode.TM121, "The database has revision " + row.id()
            + " (" + row.message() + ") applied, but the code does not contain it. Run the "
            + "code that has it (to downgrade), or 'stamp' the revision the database really "
            + "is at.", row.id(), null, null);
      }
      ids.add(row.id());
    }
    return ids;
  }

  /** The ids of the applied revisions the code contains with a different checksum. */
  public List<String> changed(List<AppliedRevision> rows) {
    List<String> changed = new ArrayList<>();
    for (AppliedRevision row : rows) {
      if (chain.contains(row.id())
          && !row.checksum().equals(checksum.apply(chain.get(row.id())))) {
        changed.add(row.id());
      }
    }
    return changed;
  }

  /** Throws TM120 when an applied revision the code contains has changed. */
  public void requireUnchanged(List<AppliedRevision> rows) {
    List<String> changed = changed(rows);
    if (changed.isEmpty()) {
      return;
    }
    String first = changed.get(0);
    String stored = "?";
    for (AppliedRevision row : rows) {
      if (row.id().equals(first)) {
        stored = row.checksum();
      }
    }
    throw new TidemarkException(ErrorCode.TM120, "Applied revision" + (changed.size() > 1
        ? "s " + changed + " were" : " " + first + " was") + " changed after being applied "
        + "(checksum in database " + abbreviate(stored) + ", in code "
        + abbreviate(checksum.apply(chain.get(first))) + "). Nothing was run. Undo the "
        + "change and add a new revision instead, or accept it with 'upgrade --repair' or "
        + "'stamp'.", first, null, null);
  }

  /** The statements that store the current checksum of each of {@code ids}. */
  public List<String> accept(List<String> ids) {
    List<String> statements = new ArrayList<>();
    for (String id : ids) {
      statements.add(table.updateChecksum(id, checksum.apply(chain.get(id))));
    }
    return statements;
  }

  private static String abbreviate(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
  }
}
