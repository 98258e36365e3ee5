package io.tidemark.processor.model;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Places a diagnostic on one of several repeated annotations ({@code @Index} written twice), and
 * on one of its values. javac wraps them in a container it synthesizes ({@code @Index.List}),
 * which has no source position, so the {@code Messager} would put the diagnostic on the class
 * line; this finds the n-th written annotation in the source tree instead. Needs javac's tree
 * API; without it (another compiler, a wrapped environment) {@link #of} is empty.
 */
final class RepeatedAnnotations {
  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  static Optional<RepeatedAnnotations> of(ProcessingEnvironment env) {
    try {
      return Optional.of(new RepeatedAnnotations(Trees.instance(env)));
    } catch (IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * Prints {@code text} on {@code mirror} (and {@code value}, when given) if {@code mirror} is
   * one of the annotations inside a synthesized container of {@code element}; false when it is
   * not, or its tree cannot be found, and the caller prints it the usual way.
   */
  boolean print(Kind kind, String text, Element element, AnnotationMirror mirror,
      AnnotationValue value) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      int index = indexIn(container, mirror);
      if (index < 0) {
        continue;
      }
      TreePath path = trees.getPath(element);
      if (path == null) {
        return false;
      }
      Optional<AnnotationTree> written = nth(annotations(path.getLeaf()),
          simpleName(mirror.getAnnotationType().asElement()), index);
      if (written.isEmpty()) {
        return false;
      }
      Tree at = value == null ? written.get() : valueTree(written.get(), mirror, value)
          .orElse(written.get());
      CompilationUnitTree unit = path.getCompilationUnit();
      trees.printMessage(kind, text, at, unit);
      return true;
    }
    return false;
  }

  /** Where {@code mirror} sits in {@code container}'s {@code value} array, or -1. */
  private static int indexIn(AnnotationMirror container, AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")
          && entry.getValue().getValue() instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          if (((AnnotationValue) items.get(i)).getValue() == mirror) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> annotations(Tree declaration) {
    return switch (declaration.getKind()) {
      case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE ->
          ((com.sun.source.tree.ClassTree) declaration).getModifiers().getAnnotations();
      case VARIABLE -> ((com.sun.source.tree.VariableTree) declaration).getModifiers()
          .getAnnotations();
      case METHOD -> ((com.sun.source.tree.MethodTree) declaration).getModifiers()
          .getAnnotations();
      default -> List.of();
    };
  }

  private static Optional<AnnotationTree> nth(List<? extends AnnotationTree> written,
      String simpleName, int index) {
    int seen = 0;
    for (AnnotationTree tree : written) {
      if (simpleName.equals(lastName(tree.getAnnotationType())) && seen++ == index) {
        return Optional.of(tree);
      }
    }
    return Optional.empty();
  }

  /** The tree of {@code value} among the written arguments, or of one item of an array. */
  private static Optional<Tree> valueTree(AnnotationTree written, AnnotationMirror mirror,
      AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      String attribute = entry.getKey().getSimpleName().toString();
      int item = itemIndex(entry.getValue(), value);
      if (entry.getValue() != value && item < 0) {
        continue;
      }
      for (ExpressionTree argument : written.getArguments()) {
        ExpressionTree expression = argument;
        String name = "value";
        if (argument instanceof AssignmentTree assignment) {
          name = lastName(assignment.getVariable());
          expression = assignment.getExpression();
        }
        if (name.equals(attribute)) {
          if (item >= 0 && expression instanceof NewArrayTree array
              && item < array.getInitializers().size()) {
            return Optional.of(array.getInitializers().get(item));
          }
          return Optional.of(expression);
        }
      }
    }
    return Optional.empty();
  }

  private static int itemIndex(AnnotationValue attribute, AnnotationValue value) {
    if (attribute.getValue() instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == value) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String lastName(Tree tree) {
    if (tree instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (tree instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    return tree.toString();
  }

  private static String simpleName(Element type) {
    return ((TypeElement) type).getSimpleName().toString();
  }
}
