package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.Operations;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.history.VersionTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Renders revisions to SQL through the dialect, computes their checksums (SHA-256 of the
 * upgrade statements joined by newlines) and builds the scripts that run them. One instance
 * serves one command on one thread; it caches each revision's upgrade and checksum.
 */
public final class Scripts {
  private static final HexFormat HEX = HexFormat.of();
  /** Cloned for each checksum: looking SHA-256 up costs far more than the hashing. */
  private static final MessageDigest SHA256 = lookUpSha256();

  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable table;
  private final Map<String, List<Statement>> upgrades = new HashMap<>();
  private final Map<String, String> checksums = new HashMap<>();

  public Scripts(VersionTable table) {
    this.table = table;
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
    if (known == null) {
      known = renderNow(node, true);
      upgrades.put(node.id(), known);
    }
    return known;
  }

  private List<Statement> renderNow(RevisionNode node, boolean upgrade) {
    List<Statement> statements = new ArrayList<>();
    for (Operation operation : record(node, upgrade)) {
      statements.addAll(render(node, upgrade, operation));
    }
    return statements;
  }

  /** The operations a revision records in one direction. */
  private List<Operation> record(RevisionNode node, boolean upgrade) {
    Operations op = new Operations();
    try {
      if (upgrade) {
        node.migration().upgrade(op);
      } else {
        node.migration().downgrade(op);
      }
      return op.recorded();
    } catch (RuntimeException e) {
      throw notRenderable(node, upgrade, e);
    }
  }

  private List<Statement> render(RevisionNode node, boolean upgrade, Operation operation) {
    try {
      return dialect.render(operation);
    } catch (RuntimeException e) {
      throw notRenderable(node, upgrade, e);
    }
  }

  private static TidemarkException notRenderable(RevisionNode node, boolean upgrade,
      RuntimeException e) {
    return new TidemarkException(ErrorCode.TM107, "Revision " + node.id() + " ("
        + node.migration().getClass().getName() + ") failed while recording its "
        + (upgrade ? "upgrade" : "downgrade") + " operations: " + e
        + ". Fix the revision class.", node.id(), null, e);
  }

  /** The operation that step {@code step} (from 0) of one direction of a revision performs. */
  Operation operationOf(RevisionNode node, boolean upgrade, int step) {
    int end = 0;
    for (Operation operation : record(node, upgrade)) {
      end += render(node, upgrade, operation).size();
      if (step < end) {
        return operation;
      }
    }
    throw new IllegalArgumentException("revision " + node.id() + " has no step " + (step + 1));
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
    checksums.put(node.id(), checksum);
    return checksum;
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JVM's SHA-256 cannot be cloned", e);
    }
  }

  private static MessageDigest lookUpSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
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
