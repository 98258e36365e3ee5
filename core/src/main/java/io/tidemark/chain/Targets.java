package io.tidemark.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the target grammar ({@code head}, {@code heads}, {@code base}, {@code current}, full
 * ids, unique prefixes, {@code +N}, {@code -N}, {@code <rev>+N}, {@code <rev>-N}) against the
 * graph and the applied revisions, and turns it into the revisions a command must run.
 */
public final class Targets<N extends ChainNode> {
  private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
  private static final Pattern ANCHORED = Pattern.compile("(.+?)([+-])(\\d+)");

  private final RevisionGraph<N> graph;

  public Targets(RevisionGraph<N> graph) {
    this.graph = graph;
  }

  /** Revisions to apply, parents first, so that the database reaches {@code target}. */
  public List<N> upgrade(Set<String> applied, String target) {
    Matcher relative = RELATIVE.matcher(target.strip());
    if (relative.matches()) {
      if (relative.group(1).equals("-")) {
        throw graph.error(ChainCode.TM113, "'" + target + "' moves down the chain; "
            + "use downgrade " + target + ".");
      }
      int steps = Integer.parseInt(relative.group(2));
      List<N> pending = new ArrayList<>();
      for (N node : graph.ordered()) {
        if (!applied.contains(node.id())) {
          pending.add(node);
        }
      }
      if (steps > pending.size()) {
        throw graph.error(ChainCode.TM114, "Cannot upgrade " + target + ": only "
            + pending.size() + " revision(s) are pending.");
      }
      return pending.subList(0, steps);
    }
    Set<String> wanted = graph.withAncestors(resolve(applied, target));
    wanted.removeAll(applied);
    return graph.inOrder(wanted);
  }

  /** Revisions to revert, children first, so that the database goes down to {@code target}. */
  public List<N> downgrade(Set<String> applied, String target) {
    Matcher relative = RELATIVE.matcher(target.strip());
    Set<String> destination;
    if (relative.matches()) {
      if (relative.group(1).equals("+")) {
        throw graph.error(ChainCode.TM113, "'" + target + "' moves up the chain; "
            + "use upgrade " + target + ".");
      }
      List<String> current = graph.headsOf(applied);
      if (current.isEmpty()) {
        throw graph.error(ChainCode.TM114, "Cannot downgrade " + target
            + ": no revision is applied.");
      }
      if (current.size() > 1) {
        throw graph.error(ChainCode.TM112, "Cannot downgrade " + target
            + ": the database has several heads " + current + ". Name one, for example "
            + current.get(0) + target + ".");
      }
      destination = walk(current.get(0), "-", Integer.parseInt(relative.group(2)), target);
    } else {
      destination = resolve(applied, target);
    }
    Set<String> remove = new HashSet<>(applied);
    if (!destination.isEmpty()) {
      Set<String> below = graph.withDescendants(destination);
      below.removeAll(destination);
      remove.retainAll(below);
    }
    List<N> ordered = new ArrayList<>(graph.inOrder(remove));
    Collections.reverse(ordered);
    return ordered;
  }

  /**
   * The revisions an offline script runs from {@code from} to {@code to}, in order. A range
   * that points the other way ({@code upgrade 0003:0001}) is TM113, not an empty script.
   */
  public List<N> range(String from, String to, boolean upgrade) {
    Set<String> start = state(Set.of(), from);
    List<N> plan = upgrade ? upgrade(start, to) : downgrade(start, to);
    if (plan.isEmpty()) {
      Set<String> end = state(start, to);
      Set<String> lower = upgrade ? end : start;
      Set<String> upper = upgrade ? start : end;
      if (upper.containsAll(lower) && !upper.equals(lower)) {
        String command = upgrade ? "upgrade" : "downgrade";
        String other = upgrade ? "downgrade" : "upgrade";
        throw graph.error(ChainCode.TM113, "The " + command + " range '" + from + ":"
            + to + "' runs backwards: " + to + " is " + (upgrade ? "below " : "above ") + from
            + ". Write it the other way round ('" + command + " " + to + ":" + from
            + " --sql'), or use '" + other + " " + from + ":" + to + " --sql'.");
      }
    }
    return plan;
  }

  /**
   * The applied set a database has when it stands at {@code target}: the named revisions and
   * all their ancestors. Relative targets move from {@code applied}.
   */
  public Set<String> state(Set<String> applied, String target) {
    Matcher relative = RELATIVE.matcher(target.strip());
    if (relative.matches()) {
      Set<String> state = new HashSet<>(applied);
      if (relative.group(1).equals("+")) {
        upgrade(applied, target).forEach(node -> state.add(node.id()));
      } else {
        downgrade(applied, target).forEach(node -> state.remove(node.id()));
      }
      return state;
    }
    return graph.withAncestors(resolve(applied, target));
  }

  /** The single revision {@code target} names; {@code base} and several heads are errors. */
  public N single(Set<String> applied, String target) {
    Set<String> ids = resolve(applied, target);
    if (ids.size() != 1) {
      throw graph.error(ChainCode.TM113, "'" + target + "' names "
          + (ids.isEmpty() ? "no revision" : "several revisions " + ids)
          + "; name exactly one revision.");
    }
    return graph.get(ids.iterator().next());
  }

  /** The revisions a non-relative target names (empty for base), ancestors not included. */
  public Set<String> resolve(Set<String> applied, String target) {
    String text = target.strip();
    if (RELATIVE.matcher(text).matches()) {
      throw graph.error(ChainCode.TM113, "'" + target + "' is relative and "
          + "cannot be used here; name a revision, head, heads or base.");
    }
    switch (text) {
      case "base":
        return Set.of();
      case "heads":
        return new LinkedHashSet<>(graph.heads());
      case "head":
        return head();
      case "current":
        return new LinkedHashSet<>(graph.headsOf(applied));
      default:
        break;
    }
    Matcher anchored = ANCHORED.matcher(text);
    if (anchored.matches()) {
      String anchor = single(applied, anchored.group(1)).id();
      return walk(anchor, anchored.group(2), Integer.parseInt(anchored.group(3)), target);
    }
    return Set.of(byPrefix(text));
  }

  private Set<String> head() {
    List<String> heads = graph.heads();
    if (heads.size() > 1) {
      throw graph.error(ChainCode.TM112, "'head' is ambiguous: the chain has "
          + heads.size() + " heads " + heads + ". Use 'heads' to reach all of them, name one, "
          + "or add a merge revision with both as parents.");
    }
    return new LinkedHashSet<>(heads);
  }

  private String byPrefix(String prefix) {
    List<String> candidates = graph.matching(prefix);
    if (candidates.isEmpty()) {
      throw graph.error(ChainCode.TM110, "No revision matches '" + prefix
          + "'. Known heads: " + (graph.heads().isEmpty() ? "none" : graph.heads())
          + "; run 'history' to list all revisions.");
    }
    if (candidates.size() > 1) {
      throw graph.error(ChainCode.TM111, "Revision prefix '" + prefix
          + "' is ambiguous; it matches " + String.join(", ", candidates)
          + ". Give more characters.");
    }
    return candidates.get(0);
  }

  /** Moves {@code steps} revisions down (first parents) or up (single children). */
  private Set<String> walk(String from, String direction, int steps, String target) {
    String current = from;
    for (int i = 1; i <= steps; i++) {
      List<String> next = direction.equals("-")
          ? graph.get(current).parents() : graph.children(current);
      if (next.isEmpty()) {
        if (direction.equals("-") && i == steps) {
          return Set.of();
        }
        throw graph.error(ChainCode.TM114, "'" + target + "' moves past the "
            + (direction.equals("-") ? "base" : "head") + " of the chain at " + current + ".");
      }
      if (direction.equals("+") && next.size() > 1) {
        throw graph.error(ChainCode.TM113, "'" + target + "' is ambiguous: " + current
            + " has several children " + next + "; name the branch instead.");
      }
      current = next.get(0);
    }
    return Set.of(current);
  }
}
