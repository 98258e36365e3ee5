package io.tidemark.chain;

import io.tidemark.ErrorCode;
import io.tidemark.Migration;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import io.tidemark.TidemarkException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The validated revision graph: one base, no cycles, every parent present, ids unique. Nodes
 * are kept in a deterministic topological order (ties broken by id), which is the order
 * upgrades run in.
 */
public final class RevisionGraph {
  private static final Pattern ID = Pattern.compile("\\d{4}_[0-9a-f]{6}");

  private final Map<String, RevisionNode> byId;
  private final List<RevisionNode> ordered;
  private final Map<String, List<String>> children;
  private final List<String> heads;

  private RevisionGraph(Map<String, RevisionNode> byId, List<RevisionNode> ordered,
      Map<String, List<String>> children) {
    this.byId = byId;
    this.ordered = List.copyOf(ordered);
    this.children = children;
    List<String> found = new ArrayList<>();
    for (RevisionNode node : ordered) {
      if (children.get(node.id()).isEmpty()) {
        found.add(node.id());
      }
    }
    this.heads = List.copyOf(found);
  }

  /** Merges the revisions of every {@link RevisionRegistry} visible to the class loader. */
  public static RevisionGraph load(ClassLoader loader) {
    List<Migration> migrations = new ArrayList<>();
    for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
      migrations.addAll(registry.revisions());
    }
    return of(migrations);
  }

  /** Validates the migrations and builds their graph; an empty list is an empty chain. */
  public static RevisionGraph of(Collection<? extends Migration> migrations) {
    Map<String, RevisionNode> byId = new LinkedHashMap<>();
    for (Migration migration : migrations) {
      RevisionNode node = node(migration);
      RevisionNode previous = byId.putIfAbsent(node.id(), node);
      if (previous != null && previous.migration().getClass() != migration.getClass()) {
        throw new TidemarkException(ErrorCode.TM102, "Revision id " + node.id() + " is used by "
            + previous.migration().getClass().getName() + " and by "
            + migration.getClass().getName() + ". Give one of them a new id (and move its "
            + "children onto it).");
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    for (String id : byId.keySet()) {
      children.put(id, new ArrayList<>());
    }
    List<String> bases = new ArrayList<>();
    for (RevisionNode node : byId.values()) {
      if (node.parents().isEmpty()) {
        bases.add(node.id());
      }
      for (String parent : node.parents()) {
        List<String> siblings = children.get(parent);
        if (siblings == null) {
          throw new TidemarkException(ErrorCode.TM103, "Revision " + node.id() + " ("
              + node.migration().getClass().getName() + ") names parent " + parent
              + ", which is not in the revision registry. Restore that revision or change "
              + "the parent to an existing id.", node.id(), null, null);
        }
        siblings.add(node.id());
      }
    }
    if (!byId.isEmpty() && bases.size() != 1) {
      throw new TidemarkException(ErrorCode.TM105, bases.isEmpty()
          ? "The revision graph has no base revision (one without parent)."
          : "The revision graph has " + bases.size() + " base revisions " + bases
              + "; exactly one revision may have no parent. Give the others a parent.");
    }
    for (List<String> list : children.values()) {
      list.sort(null);
    }
    return new RevisionGraph(byId, topologicalOrder(byId, children), children);
  }

  private static RevisionNode node(Migration migration) {
    Revision revision = migration.getClass().getAnnotation(Revision.class);
    if (revision == null) {
      throw new TidemarkException(ErrorCode.TM101, migration.getClass().getName()
          + " is listed as a revision but has no @Revision annotation. Annotate it with "
          + "@Revision(id = ..., parent = ..., message = ...).");
    }
    if (!ID.matcher(revision.id()).matches()) {
      throw new TidemarkException(ErrorCode.TM106, "Revision id '" + revision.id() + "' of "
          + migration.getClass().getName() + " is not of the form NNNN_hhhhhh (four digits, "
          + "underscore, six lower-case hex digits).", revision.id(), null, null);
    }
    return new RevisionNode(
        revision.id(), Arrays.asList(revision.parent()), revision.message(), migration);
  }

  private static List<RevisionNode> topologicalOrder(
      Map<String, RevisionNode> byId, Map<String, List<String>> children) {
    Map<String, Integer> waiting = new HashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (RevisionNode node : byId.values()) {
      int distinctParents = new HashSet<>(node.parents()).size();
      waiting.put(node.id(), distinctParents);
      if (distinctParents == 0) {
        ready.add(node.id());
      }
    }
    List<RevisionNode> ordered = new ArrayList<>(byId.size());
    while (!ready.isEmpty()) {
      String id = ready.poll();
      ordered.add(byId.get(id));
      for (String child : new TreeSet<>(children.get(id))) {
        int left = waiting.get(child) - 1;
        waiting.put(child, left);
        if (left == 0) {
          ready.add(child);
        }
      }
    }
    if (ordered.size() != byId.size()) {
      Set<String> stuck = new TreeSet<>(byId.keySet());
      for (RevisionNode node : ordered) {
        stuck.remove(node.id());
      }
      throw new TidemarkException(ErrorCode.TM104, "The revisions " + stuck + " form a cycle "
          + "through their parents. Each revision must come after its parents; fix the "
          + "parent of one of them.");
    }
    return ordered;
  }

  /** All revisions, parents before children. */
  public List<RevisionNode> ordered() {
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

  /** The revision with this exact id; it must exist. */
  public RevisionNode get(String id) {
    RevisionNode node = byId.get(id);
    if (node == null) {
      throw new TidemarkException(ErrorCode.TM110, "No revision '" + id + "' in the chain.");
    }
    return node;
  }

  public List<String> children(String id) {
    return children.get(id);
  }

  /** Revisions with more than one child: where the chain branches. */
  public List<RevisionNode> branchPoints() {
    return ordered.stream().filter(node -> children.get(node.id()).size() > 1).toList();
  }

  /** The ids, their ancestors included. */
  public Set<String> withAncestors(Collection<String> ids) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (seen.add(id)) {
        todo.addAll(get(id).parents());
      }
    }
    return seen;
  }

  /** The ids, their descendants included. */
  public Set<String> withDescendants(Collection<String> ids) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (seen.add(id)) {
        todo.addAll(children.get(id));
      }
    }
    return seen;
  }

  /** The members of {@code ids}, in topological order. */
  public List<RevisionNode> inOrder(Set<String> ids) {
    // A loop, not a stream: every upgrade and status calls this, and a cold CLI JVM pays for
    // the first stream it meets.
    List<RevisionNode> members = new ArrayList<>(ids.size());
    for (RevisionNode node : ordered) {
      if (ids.contains(node.id())) {
        members.add(node);
      }
    }
    return List.copyOf(members);
  }

  /** The members of {@code ids} that no other member names as parent. */
  public List<String> headsOf(Set<String> ids) {
    Set<String> parents = new HashSet<>();
    for (String id : ids) {
      parents.addAll(get(id).parents());
    }
    return inOrder(ids).stream().map(RevisionNode::id).filter(id -> !parents.contains(id))
        .toList();
  }

  /** Ids that start with {@code prefix} or whose hash part does, sorted. */
  public List<String> matching(String prefix) {
    if (byId.containsKey(prefix)) {
      return List.of(prefix);
    }
    return byId.keySet().stream()
        .filter(id -> id.startsWith(prefix) || id.startsWith(prefix, id.indexOf('_') + 1))
        .sorted().toList();
  }
}
