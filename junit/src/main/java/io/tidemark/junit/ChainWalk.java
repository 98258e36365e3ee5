package io.tidemark.junit;

import io.tidemark.LiveSchema;
import io.tidemark.Migrator;
import io.tidemark.RevisionRun;
import io.tidemark.TidemarkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The walk behind {@link TidemarkAssertions#assertChainRoundTrips}: from head down to base with
 * {@code downgrade -1}, remembering the catalog at each revision and which downgrade left it;
 * at base, the catalog must hold nothing the database lacked before the chain ran; then up
 * with {@code upgrade +1}, comparing the catalog at each revision with the one the way down
 * left there. The first difference fails the walk, naming both directions.
 */
final class ChainWalk {
  private final Migrator migrator;
  private final LiveSchema beforeChain;
  private final Map<List<String>, CatalogObjects> down = new HashMap<>();
  private final Map<List<String>, String> leftBy = new HashMap<>();

  ChainWalk(Migrator migrator, LiveSchema beforeChain) {
    this.migrator = migrator;
    this.beforeChain = beforeChain;
  }

  void run() {
    step(() -> migrator.upgrade("heads"), "Upgrading to head before the walk", "");
    List<String> at = heads();
    down.put(at, read());
    leftBy.put(at, "at head before the walk");
    while (!at.isEmpty()) {
      List<String> from = at;
      List<RevisionRun> runs = step(() -> migrator.downgrade("-1"),
          "Downgrading " + label(from) + " on the way down to base", "");
      at = heads();
      moved(runs, from, at);
      down.put(at, read());
      leftBy.put(at, "after downgrading " + revisions(runs));
    }
    List<String> leftAtBase = CatalogObjects.of(beforeChain)
        .differences("before the chain ran", down.get(at), leftBy.get(at));
    while (!migrator.status().pending().isEmpty()) {
      List<String> from = at;
      List<RevisionRun> runs = step(() -> migrator.upgrade("+1"), "Upgrading " + label(from)
          + " by one revision on the way back up", atBase(leftAtBase));
      at = heads();
      moved(runs, from, at);
      CatalogObjects expected = down.get(at);
      if (expected == null) {
        continue; // a branch point the walk down passed in one step
      }
      String upLabel = "after upgrading " + revisions(runs);
      List<String> lines = expected.differences(leftBy.get(at), read(), upLabel);
      if (!lines.isEmpty()) {
        throw new AssertionError("The chain does not round-trip at " + label(at) + ": the "
            + "database " + leftBy.get(at) + " differs from the one " + upLabel + ":\n  "
            + String.join("\n  ", lines) + "\nCheck that each of these downgrades undoes its "
            + "upgrade exactly." + atBase(leftAtBase));
      }
    }
    if (!leftAtBase.isEmpty()) {
      throw new AssertionError("The downgrades do not remove everything the chain creates:"
          + atBase(leftAtBase));
    }
  }

  /** A step that ran nothing would repeat forever: the walk stops there instead. */
  private static void moved(List<RevisionRun> runs, List<String> from, List<String> at) {
    if (runs.isEmpty() || from.equals(at)) {
      throw new AssertionError("The walk is stuck at " + label(from) + ": a step of one "
          + "revision ran nothing (" + (runs.isEmpty() ? "no revision" : revisions(runs))
          + ")");
    }
  }

  private static String atBase(List<String> leftAtBase) {
    return leftAtBase.isEmpty() ? "" : "\nAt base, the database differed from the one before "
        + "the chain ran:\n  " + String.join("\n  ", leftAtBase);
  }

  private interface Step {
    List<RevisionRun> run();
  }

  /** Runs a step of the walk; its failure fails the assertion, followed by {@code more}. */
  private static List<RevisionRun> step(Step step, String what, String more) {
    try {
      return step.run();
    } catch (TidemarkException e) {
      AssertionError error = new AssertionError(what + " failed: " + e.getMessage() + more);
      error.initCause(e);
      throw error;
    }
  }

  private List<String> heads() {
    return migrator.status().currentHeads().stream().sorted().toList();
  }

  private CatalogObjects read() {
    return CatalogObjects.of(migrator.liveSchema());
  }

  private static String label(List<String> heads) {
    return heads.isEmpty() ? "base" : String.join(", ", heads);
  }

  private static String revisions(List<RevisionRun> runs) {
    List<String> names = new ArrayList<>();
    for (RevisionRun run : runs) {
      names.add(run.revision().id() + " (" + run.revision().message() + ")");
    }
    return names.stream().collect(Collectors.joining(", "));
  }
}
