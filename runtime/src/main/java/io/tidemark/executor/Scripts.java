package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.Operations;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionNode;
import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.history.VersionTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders revisions to SQL through the dialect, computes their checksums (SHA-256 of the
 * upgrade statements joined by newlines) and builds the scripts that run them.
 */
public final class Scripts {
  private static final HexFormat HEX = HexFormat.of();
  private static final MessageDigest SHA256 = lookUpSha256();

  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable table;
  // Concurrent: the migrator computes checksums on a helper thread while it connects.
  private final Map<String, List<Statement>> upgrades = new ConcurrentHashMap<>();
  private final Map<String, String> checksums = new ConcurrentHashMap<>();

  public Scripts(VersionTable table) {
    this.table = table;
  }

  private static MessageDigest lookUpSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public VersionTable table() {
    return table;
  }

  /** The statements of one direction of a revision. */
  public List<Statement> render(RevisionNode node, boolean upgrade) {
    if (!upgrade) {
      return renderNow(node, false);
    }
    List<Statement> known = upgrades.get(node.id());
    // computeIfAbsent, not get-then-put: a revision's upgrade() never runs on two threads at
    // once, whatever state a hand-written revision keeps.
    return known != null ? known : upgrades.computeIfAbsent(node.id(), id -> renderNow(node, true));
  }

  private List<Statement> renderNow(RevisionNode node, boolean upgrade) {
    Operations op = new Operations();
    List<Statement> statements = new ArrayList<>();
    try {
      if (upgrade) {
        node.migration().upgrade(op);
      } else {
        node.migration().downgrade(op);
      }
      for (Operation operation : op.recorded()) {
        statements.addAll(dialect.render(operation));
      }
    } catch (RuntimeException e) {
      throw new TidemarkException(ErrorCode.TM107, "Revision " + node.id() + " ("
          + node.migration().getClass().getName() + ") failed while recording its "
          + (upgrade ? "upgrade" : "downgrade") + " operations: " + e
          + ". Fix the revision class.", node.id(), null, e);
    }
    return statements;
  }

  /** SHA-256 (hex) of the upgrade statements joined by newlines. */
  public String checksum(RevisionNode node) {
    String known = checksums.get(node.id());
    if (known != null) {
      return known;
    }
    StringBuilder text = new StringBuilder();
    for (Statement statement : render(node, true)) {
      text.append(text.length() == 0 ? "" : "\n").append(statement.sql());
    }
    byte[] digest = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
    String checksum = HEX.formatHex(digest);
    String raced = checksums.putIfAbsent(node.id(), checksum);
    return raced != null ? raced : checksum;
  }

  /**
   * Starts computing the checksums of {@code nodes} on a helper thread, from the last one back,
   * so that a thread checking them from the first meets it halfway. A revision that fails to
   * render stops it; the command renders the same revision and reports the failure.
   */
  public void checksumInBackground(List<RevisionNode> nodes) {
    if (nodes.size() < 2) {
      return;
    }
    List<RevisionNode> backwards = new ArrayList<>(nodes);
    Collections.reverse(backwards);
    Thread thread = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          for (RevisionNode node : backwards) {
            checksum(node);
          }
        } catch (RuntimeException e) {
          // Reported by the command, which renders the same revision.
        }
      }
    }, "tidemark-checksums");
    thread.setDaemon(true);
    thread.start();
  }

  /** A fresh SHA-256 digest, cloned from one looked up once (the lookup is the slow part). */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JVM's SHA-256 cannot be cloned", e);
    }
  }

  /** The script that applies {@code node} and records it. */
  public RevisionScript upgrade(RevisionNode node, Long executionMs) {
    return new RevisionScript(node, true, render(node, true),
        table.recordUpgrade(node, checksum(node), executionMs));
  }

  /** The script that reverts {@code node} and removes its row. */
  public RevisionScript downgrade(RevisionNode node) {
    return new RevisionScript(node, false, render(node, false), table.recordDowngrade(node));
  }
}
