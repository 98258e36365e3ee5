package io.tidemark.executor;

import io.tidemark.RevisionNode;
import io.tidemark.RevisionRun;
import io.tidemark.dialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision in one direction, ready to run: its rendered statements and the version-table
 * statements that record it. {@link #segments()} groups them into what runs in one
 * transaction and what must run alone.
 */
public record RevisionScript(RevisionNode node, boolean upgrade, List<Statement> statements,
    List<String> versionRows) {
  public RevisionScript {
    statements = List.copyOf(statements);
    versionRows = List.copyOf(versionRows);
  }

  /** A run of SQL executed together; {@code firstStep} numbers its first statement from 1. */
  public record Segment(List<String> sql, boolean transactional, int firstStep, int steps) {
    public Segment {
      sql = List.copyOf(sql);
    }
  }

  /** True when every statement can run inside the revision's single transaction. */
  public boolean transactional() {
    return statements.stream().allMatch(Statement::transactional);
  }

  /**
   * Transactional runs and lone non-transactional statements in order; the version rows are
   * added to the last transactional run, or form one of their own after a lone statement.
   */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int runStart = 1;
    int step = 0;
    for (Statement statement : statements) {
      step++;
      if (statement.transactional()) {
        if (run.isEmpty()) {
          runStart = step;
        }
        run.add(statement.sql());
      } else {
        if (!run.isEmpty()) {
          segments.add(new Segment(run, true, runStart, run.size()));
          run = new ArrayList<>();
        }
        segments.add(new Segment(List.of(statement.sql()), false, step, 1));
      }
    }
    int steps = run.size();
    run.addAll(versionRows);
    segments.add(new Segment(run, true, steps == 0 ? step + 1 : runStart, steps));
    return segments;
  }

  /** Alembic's arrow, as {@link RevisionRun#arrow()} prints it. */
  public String arrow() {
    return new RevisionRun(node, upgrade, 0).arrow();
  }
}
