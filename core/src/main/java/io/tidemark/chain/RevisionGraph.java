package io.tidemark.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A revision chain that passed the chain rules (see {@link ChainCheck}): its revisions in a
 * deterministic topological order (parents first, ties broken by id), which is the order
 * upgrades run in, with heads, branch points and ancestry.
 */
public final class RevisionGraph<N extends ChainNode> {
  private final Map<String, N> byId;
  private final List<N> ordered;
  private final Map<String, List<String>> children;
  private final List<String> heads;
  private final Function<ChainProblem<N>, RuntimeException> errors;

  RevisionGraph(Map<String, N> byId, List<N> ordered, Map<String, List<String>> children,
      Function<ChainProblem<N>, RuntimeException> errors) {
    this.byId = byId;
    this.ordered = List.copyOf(ordered);
    this.children = children;
    this.errors = errors;
    List<String> found = new ArrayList<>();
    for (N node : ordered) {
      if (children.get(node.id()).isEmpty()) {
        found.add(node.id());
      }
    }
    this.heads = List.copyOf(found);
  }

  /** The exception a broken target rule throws, as the checker's caller asked. */
  RuntimeException error(ChainCode code, String message) {
    return errors.apply(new ChainProblem<>(code, null, message));
  }

  /** All revisions, parents before children. */
  public List<N> ordered() {
    return ordered;
  }

  /** Revisions without children, in topological order. */
  public List<String> heads() {
    return heads;
  }

  public boolean isEmpty() {
    return ordered.isEmpty();
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The revision with this exact id; it must exist (TM110). */
  public N get(String id) {
    N node = byId.get(id);
    if (node == null) {
      throw error(ChainCode.TM110, "No revision '" + id + "' in the chain.");
    }
    return node;
  }

  /** The children of revision {@code id}, sorted. */
  public List<String> children(String id) {
    return children.get(id);
  }

  /** Revisions with more than one child: where the chain branches. */
  public List<N> branchPoints() {
    List<N> points = new ArrayList<>();
    for (N node : ordered) {
      if (children.get(node.id()).size() > 1) {
        points.add(node);
      }
    }
    return points;
  }

  /** The ids, their ancestors included. */
  public Set<String> withAncestors(Collection<String> ids) {
    return closure(ids, true);
  }

  /** The ids, their descendants included. */
  public Set<String> withDescendants(Collection<String> ids) {
    return closure(ids, false);
  }

  private Set<String> closure(Collection<String> ids, boolean up) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (seen.add(id)) {
        todo.addAll(up ? get(id).parents() : children.get(id));
      }
    }
    return seen;
  }

  /** The members of {@code ids}, in topological order. */
  public List<N> inOrder(Set<String> ids) {
    // A loop, not a stream: every upgrade and status calls this, and a cold CLI JVM pays for
    // the first stream it meets.
    List<N> members = new ArrayList<>(ids.size());
    for (N node : ordered) {
      if (ids.contains(node.id())) {
        members.add(node);
      }
    }
    return List.copyOf(members);
  }

  /** The members of {@code ids} that no other member names as parent, in topological order. */
  public List<String> headsOf(Set<String> ids) {
    Set<String> parents = new HashSet<>();
    for (String id : ids) {
      parents.addAll(get(id).parents());
    }
    List<String> result = new ArrayList<>();
    for (N node : inOrder(ids)) {
      if (!parents.contains(node.id())) {
        result.add(node.id());
      }
    }
    return List.copyOf(result);
  }

  /** Ids that start with {@code prefix} or whose hash part does, sorted. */
  public List<String> matching(String prefix) {
    if (byId.containsKey(prefix)) {
      return List.of(prefix);
    }
    List<String> matches = new ArrayList<>();
    for (String id : byId.keySet()) {
      if (id.startsWith(prefix) || id.startsWith(prefix, id.indexOf('_') + 1)) {
        matches.add(id);
      }
    }
    matches.sort(null);
    return matches;
  }

  /** The sequence number the next revision gets: one more than the highest in the chain. */
  public int nextSequence() {
    int highest = 0;
    for (String id : byId.keySet()) {
      highest = Math.max(highest, RevisionNames.sequence(id));
    }
    return highest + 1;
  }
}
