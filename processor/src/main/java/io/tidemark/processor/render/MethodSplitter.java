package io.tidemark.processor.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.ddl.SetNullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Decides the methods of a revision class. A direction whose statements are short stays one
 * flat method; a long one (a first revision of hundreds of tables) would exceed the JVM's
 * 64 KB limit on a method's bytecode, so it calls private methods in order instead, one per
 * run of ops of one kind ({@code createTables}, {@code createIndexes}), runs split into
 * numbered parts when they are long themselves. The order of the ops never changes.
 */
final class MethodSplitter {
  /**
   * Source characters per method. A statement's bytecode is at most about 1.2 times its source
   * length (a call or a string constant takes about as many bytes as characters), so this keeps
   * each method far below 64 KB while leaving small revisions flat.
   */
  static final int MAX_METHOD_CHARS = 16_000;

  private static final ClassName OPERATIONS = ClassName.get("io.tidemark", "Operations");

  /** Method names whose op kind reads badly with an added plural "s". */
  private static final Map<String, String> IRREGULAR_NAMES = Map.of(
      "SetNullable", "setNullability",
      "SetMaterializedOnly", "setMaterializedOnly",
      "EnableCompression", "enableCompression",
      "DisableCompression", "disableCompression");

  /** One method's worth of consecutive statements. */
  private record Group(String name, List<CodeBlock> statements) {}

  private MethodSplitter() {}

  /** The upgrade and downgrade methods followed by the private methods they call. */
  static List<MethodSpec> methods(List<Operation> upgradeOps, List<CodeBlock> upgrade,
      List<Operation> downgradeOps, List<CodeBlock> downgrade) {
    List<Group> upgradeGroups = groups(upgradeOps, upgrade);
    List<Group> downgradeGroups = groups(downgradeOps, downgrade);
    List<Group> all = new ArrayList<>(upgradeGroups);
    all.addAll(downgradeGroups);
    Map<Group, String> names = uniqueNames(all);

    List<MethodSpec> methods = new ArrayList<>();
    methods.add(direction("upgrade", upgrade, upgradeGroups, names));
    methods.add(direction("downgrade", downgrade, downgradeGroups, names));
    for (Group group : all) {
      methods.add(MethodSpec.methodBuilder(names.get(group))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(OPERATIONS, "op")
          .addCode(CodeBlock.join(group.statements(), ""))
          .build());
    }
    return methods;
  }

  private static MethodSpec direction(String name, List<CodeBlock> statements, List<Group> groups,
      Map<Group, String> names) {
    CodeBlock.Builder body = CodeBlock.builder();
    if (groups.isEmpty()) {
      statements.forEach(body::add);
    } else {
      groups.forEach(group -> body.addStatement("$N(op)", names.get(group)));
    }
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(OPERATIONS, "op")
        .addCode(body.build())
        .build();
  }

  /** No groups when the direction fits one method; otherwise runs of one kind within the budget. */
  private static List<Group> groups(List<Operation> ops, List<CodeBlock> statements) {
    int[] lengths = statements.stream().mapToInt(s -> s.toString().length()).toArray();
    if (Arrays.stream(lengths).sum() <= MAX_METHOD_CHARS) {
      return List.of();
    }
    List<Group> groups = new ArrayList<>();
    String kind = null;
    int size = 0;
    for (int i = 0; i < ops.size(); i++) {
      Operation op = ops.get(i);
      String opKind = continuesCreation(ops, i) ? kind : kind(op);
      if (!opKind.equals(kind) || size + lengths[i] > MAX_METHOD_CHARS) {
        groups.add(new Group(opKind, new ArrayList<>()));
        kind = opKind;
        size = 0;
      }
      groups.get(groups.size() - 1).statements().add(statements.get(i));
      size += lengths[i];
    }
    return groups;
  }

  /** A new table's hypertable follows its {@code createTable} and belongs with it. */
  private static boolean continuesCreation(List<Operation> ops, int i) {
    return i > 0 && ops.get(i) instanceof CreateHypertable && ops.get(i - 1) instanceof CreateTable
        && ops.get(i).subject().equals(ops.get(i - 1).subject());
  }

  /**
   * {@code CreateIndex} gives {@code createIndexes}; constraints are named by their kind
   * ({@code addPrimaryKeys}, {@code dropForeignKeys}).
   */
  static String kind(Operation op) {
    String simpleName = op.getClass().getSimpleName();
    if (op instanceof AddConstraint add) {
      simpleName = "Add" + constraintKind(add.constraint());
    } else if (op instanceof DropConstraint drop) {
      simpleName = "Drop" + constraintKind(drop.existing());
    }
    String irregular = IRREGULAR_NAMES.get(simpleName);
    if (irregular != null) {
      return irregular;
    }
    String name = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    if (name.endsWith("x")) {
      return name + "es";
    }
    if (name.endsWith("y") && "aeiou".indexOf(name.charAt(name.length() - 2)) < 0) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    return name + "s";
  }

  /** {@code PrimaryKey} for a primary key. */
  private static String constraintKind(Constraint constraint) {
    StringBuilder name = new StringBuilder();
    for (String word : OpDescriber.kind(constraint).split(" ")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  /** A kind used by one group keeps its name; kinds used by several are numbered in order. */
  private static Map<Group, String> uniqueNames(List<Group> groups) {
    Map<String, Integer> uses = new HashMap<>();
    groups.forEach(g -> uses.merge(g.name(), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    Map<Group, String> names = new IdentityHashMap<>();
    for (Group group : groups) {
      int number = seen.merge(group.name(), 1, Integer::sum);
      names.put(group, uses.get(group.name()) == 1 ? group.name() : group.name() + number);
    }
    return names;
  }
}
