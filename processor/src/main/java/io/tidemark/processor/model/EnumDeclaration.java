package io.tidemark.processor.model;

import io.tidemark.snapshot.EnumNode;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A Java enum with {@code @EnumType}: the type it declares and the values its constants'
 * {@code @RenamedFrom} rename (new value to old value).
 */
record EnumDeclaration(TypeElement element, EnumNode node, Map<String, String> renamedFrom) {
  EnumDeclaration {
    renamedFrom = Map.copyOf(renamedFrom);
  }
}
