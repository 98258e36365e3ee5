package io.tidemark.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies the chain rules: ids of the form {@code NNNN_hhhhhh}, unique, every parent present,
 * exactly one base, no cycle; and orders a valid chain parents first, ties broken by id.
 */
final class ChainValidator<N extends ChainNode> {
  private final Map<String, N> byId = new LinkedHashMap<>();
  private final List<ChainProblem<N>> problems = new ArrayList<>();

  private ChainValidator() {}

  static <N extends ChainNode> ChainCheck<N> check(Collection<? extends N> nodes,
      Function<ChainProblem<N>, RuntimeException> errors) {
    ChainValidator<N> validator = new ChainValidator<>();
    validator.ids(nodes);
    validator.parents();
    validator.bases();
    Map<String, List<String>> children = validator.children();
    List<N> ordered = validator.order(children);
    if (ordered.size() != validator.byId.size()) {
      validator.cycles(ordered);
    }
    RevisionGraph<N> graph = validator.problems.isEmpty()
        ? new RevisionGraph<>(validator.byId, ordered, children, errors) : null;
    return new ChainCheck<>(validator.problems, graph, errors);
  }

  private void problem(ChainCode code, N node, String message) {
    problems.add(new ChainProblem<>(code, node, message));
  }

  private void ids(Collection<? extends N> nodes) {
    for (N node : nodes) {
      if (!RevisionNames.isId(node.id())) {
        problem(ChainCode.TM106, node, "Revision id '" + node.id() + "' of " + node.origin()
            + " is not of the form NNNN_hhhhhh (four digits, underscore, six lower-case hex"
            + " digits). Give it such an id, for example the next free sequence number and six"
            + " hex digits, and change the parents that name the old one.");
      }
      N previous = byId.putIfAbsent(node.id(), node);
      if (previous != null) {
        problem(ChainCode.TM102, node, "Revision id " + node.id() + " is used by "
            + previous.origin() + " and by " + node.origin() + ". Give one of them a new id"
            + " (and move its children onto it).");
      }
    }
  }

  private void parents() {
    for (N node : byId.values()) {
      for (String parent : node.parents()) {
        if (!byId.containsKey(parent)) {
          problem(ChainCode.TM103, node, "Revision " + node.id() + " (" + node.origin()
              + ") names parent " + parent + ", which no revision of the chain has. Restore"
              + " that revision or change the parent to an existing id.");
        }
      }
    }
  }

  private void bases() {
    List<String> bases = new ArrayList<>();
    for (N node : byId.values()) {
      if (node.parents().isEmpty()) {
        bases.add(node.id());
      }
    }
    bases.sort(null);
    if (bases.isEmpty() && !byId.isEmpty()) {
      problem(ChainCode.TM105, null, "The revision graph has no base revision (one without"
          + " parent). Exactly one revision must have no parent; the parents form a cycle"
          + " that one of them must leave.");
    }
    for (String extra : bases.subList(Math.min(1, bases.size()), bases.size())) {
      N node = byId.get(extra);
      problem(ChainCode.TM105, node, "The revision graph has " + bases.size() + " base"
          + " revisions " + bases + "; exactly one revision may have no parent. Give "
          + extra + " (" + node.origin() + ") a parent: the revision it follows.");
    }
  }

  /** Each id's children that exist, sorted; missing parents are left out (reported already). */
  private Map<String, List<String>> children() {
    Map<String, List<String>> children = new HashMap<>();
    for (String id : byId.keySet()) {
      children.put(id, new ArrayList<>());
    }
    for (N node : byId.values()) {
      for (String parent : new TreeSet<>(node.parents())) {
        List<String> siblings = children.get(parent);
        if (siblings != null) {
          siblings.add(node.id());
        }
      }
    }
    for (List<String> list : children.values()) {
      list.sort(null);
    }
    return children;
  }

  /** Parents before children, ties by id; shorter than the chain when it has a cycle. */
  private List<N> order(Map<String, List<String>> children) {
    Map<String, Integer> waiting = new HashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (N node : byId.values()) {
      int present = 0;
      for (String parent : new TreeSet<>(node.parents())) {
        present += byId.containsKey(parent) ? 1 : 0;
      }
      waiting.put(node.id(), present);
      if (present == 0) {
        ready.add(node.id());
      }
    }
    List<N> ordered = new ArrayList<>(byId.size());
    while (!ready.isEmpty()) {
      String id = ready.poll();
      ordered.add(byId.get(id));
      for (String child : children.get(id)) {
        int left = waiting.get(child) - 1;
        waiting.put(child, left);
        if (left == 0) {
          ready.add(child);
        }
      }
    }
    return ordered;
  }

  /** Reports each revision on a cycle: those left unordered that are their own ancestor. */
  private void cycles(List<N> ordered) {
    Set<String> stuck = new TreeSet<>(byId.keySet());
    for (N node : ordered) {
      stuck.remove(node.id());
    }
    List<String> members = new ArrayList<>();
    for (String id : stuck) {
      if (reachesItself(id, stuck)) {
        members.add(id);
      }
    }
    for (String id : members) {
      N node = byId.get(id);
      problem(ChainCode.TM104, node, "The revisions " + members + " form a cycle through their"
          + " parents; " + id + " (" + node.origin() + ") is one of them. Each revision must"
          + " come after its parents: fix the parent of one of them.");
    }
  }

  private boolean reachesItself(String id, Set<String> within) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(byId.get(id).parents());
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (next.equals(id)) {
        return true;
      }
      if (within.contains(next) && seen.add(next)) {
        todo.addAll(byId.get(next).parents());
      }
    }
    return false;
  }
}
