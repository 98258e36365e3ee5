package io.tidemark.cli;

import io.tidemark.LockHolder;
import io.tidemark.LockWait;
import io.tidemark.Migrator;
import io.tidemark.RevisionNode;
import io.tidemark.RevisionRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints each revision as it runs, Alembic style ({@code Running upgrade a -> b, message
 * (12 ms)}), numbered on long chains, with a line under it for each lock timeout it retries
 * after, then a summary; with {@code --json} prints one document at the end instead.
 */
final class Progress implements Migrator.Listener {
  private static final int NUMBER_FROM = 10;

  private final TidemarkCommand root;
  private final PrintWriter out;
  private boolean lineOpen;
  /** Lines about lock timeouts follow the revision's line, which then ends on a line of its own. */
  private boolean waited;

  Progress(TidemarkCommand root) {
    this.root = root;
    this.out = root.out();
  }

  private boolean lines() {
    return !root.json && !root.quiet;
  }

  @Override
  public void starting(RevisionNode revision, boolean upgrade, int index, int total) {
    if (!lines()) {
      return;
    }
    if (total >= NUMBER_FROM) {
      String width = String.valueOf(String.valueOf(total).length());
      out.printf("[%" + width + "d/%d] ", index, total);
    }
    out.print("Running " + (upgrade ? "upgrade " : "downgrade ")
        + new RevisionRun(revision, upgrade, 0).arrow() + ", " + revision.message());
    out.flush();
    lineOpen = true;
  }

  @Override
  public void resuming(RevisionNode revision, boolean upgrade, int completed, int steps) {
    if (lineOpen) {
      out.print(", continuing after step " + completed + " of " + steps);
      out.flush();
    }
  }

  @Override
  public void finished(RevisionRun run, int index, int total) {
    end(run.sentTogether() ? "sent together, " + run.millis() + " ms on the server"
        : run.millis() + " ms");
  }

  /**
   * One line under the revision's for each lock timeout, on standard error with
   * {@code --json} (standard output is the document), none with {@code --quiet}.
   */
  @Override
  public void lockTimedOut(LockWait wait) {
    if (root.quiet) {
      return;
    }
    if (root.json) {
      root.err().println("Revision " + wait.revision().id() + ": " + wait.describe() + ".");
      root.err().flush();
      return;
    }
    if (lineOpen) {
      out.println();
      lineOpen = false;
      waited = true;
    }
    out.println("  " + wait.describe());
    out.flush();
  }

  /** Ends the revision's line with {@code (outcome)}, or after lock timeouts a line of its own. */
  private void end(String outcome) {
    if (lineOpen) {
      out.println(" (" + outcome + ")");
    } else if (waited) {
      out.println("  done (" + outcome + ")");
    } else {
      return;
    }
    out.flush();
    lineOpen = false;
    waited = false;
  }

  /**
   * Names the session holding the migration lock, on standard error so that standard output
   * stays the command's result, and also with {@code --quiet}: a run that waits must say why.
   */
  @Override
  public void waitingForLock(LockHolder holder, Duration waited) {
    PrintWriter err = root.err();
    err.println("Waiting for the migration lock, held by " + holder.describe() + ": waited "
        + waited.toSeconds() + " s of " + root.lockWaitMs / 1000 + " s (--lock-wait).");
    err.flush();
  }

  /** Ends an open line when the revision failed, before the error is printed. */
  void failed() {
    if (lineOpen) {
      out.println(" FAILED");
      out.flush();
      lineOpen = false;
    } else if (waited) {
      out.println("  FAILED");
      out.flush();
      waited = false;
    }
  }

  void summary(String command, List<RevisionRun> runs, long millis) {
    if (root.json) {
      List<Object> revisions = new ArrayList<>();
      for (RevisionRun run : runs) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", run.revision().id());
        item.put("parents", run.revision().parents());
        item.put("message", run.revision().message());
        item.put("millis", run.millis());
        item.put("sent_together", run.sentTogether());
        revisions.add(item);
      }
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("command", command);
      document.put("revisions", revisions);
      document.put("millis", millis);
      out.println(Json.write(document));
    } else if (runs.isEmpty()) {
      out.println("Nothing to " + command + ".");
    } else if (runs.size() > 1 || root.quiet) {
      out.println((command.equals("upgrade") ? "Applied " : "Reverted ") + runs.size()
          + (runs.size() == 1 ? " revision" : " revisions") + " in " + millis + " ms.");
    }
    out.flush();
  }
}
