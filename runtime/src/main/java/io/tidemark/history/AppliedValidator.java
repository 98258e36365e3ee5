package io.tidemark.history;

import io.tidemark.AppliedRevision;
import io.tidemark.ErrorCode;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the version table's rows against the code: every applied revision must be in the
 * chain (TM121), the rows must agree with the graph and with themselves (TM124 to TM126), and
 * each applied revision must be unchanged since it ran, its stored checksum equal to the one
 * its code gives now (TM120).
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

  /** The rows set against the chain: their heads and their inconsistencies. */
  public AppliedState state(List<AppliedRevision> rows) {
    return AppliedState.of(chain, table, rows);
  }

  /**
   * The ids of {@code rows} when the version table agrees with the code and with itself;
   * otherwise throws TM121 or TM124 to TM126 (see {@link AppliedState}).
   */
  public Set<String> known(List<AppliedRevision> rows) {
    return state(rows).requireConsistent();
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
        + "change and add a new revision instead, or accept it with --repair (upgrade, "
        + "downgrade) or 'stamp'.", first, null, null);
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
