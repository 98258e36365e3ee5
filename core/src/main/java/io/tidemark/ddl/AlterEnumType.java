package io.tidemark.ddl;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Changes the values of an enum type from {@code before} to {@code after}: {@code renamed} maps
 * an old value to its new name ({@code RENAME VALUE}); values only added are added in place
 * ({@code ADD VALUE ... BEFORE/AFTER}, outside a transaction); a value removed or moved makes a
 * new type that each of {@code columns} is converted to, which rewrites their tables.
 */
public record AlterEnumType(String name, List<String> before, List<String> after,
    Map<String, String> renamed, List<EnumColumn> columns) implements Operation {
  public AlterEnumType {
    Objects.requireNonNull(name, "name");
    before = EnumValues.checked(name, before);
    after = EnumValues.checked(name, after);
    renamed = Collections.unmodifiableMap(new TreeMap<>(renamed));
    columns = List.copyOf(columns);
    for (Map.Entry<String, String> rename : renamed.entrySet()) {
      if (!before.contains(rename.getKey()) || !after.contains(rename.getValue())) {
        throw new IllegalArgumentException("enum type " + name + " renames " + rename.getKey()
            + " to " + rename.getValue() + ", but the first must be a value before the change"
            + " and the second one after it");
      }
    }
  }

  /** The values of {@code before} under their new names. */
  public List<String> renamedBefore() {
    return before.stream().map(v -> renamed.getOrDefault(v, v)).toList();
  }

  /**
   * Whether the change removes a value or changes the order of the values kept, which an
   * enum type cannot do in place: a new type replaces it.
   */
  public boolean swapsType() {
    List<String> kept = renamedBefore();
    return !after.containsAll(kept)
        || !after.stream().filter(kept::contains).toList().equals(kept);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterEnumType(this);
  }

  @Override
  public Operation reverse() {
    Map<String, String> back = new TreeMap<>();
    renamed.forEach((from, to) -> back.put(to, from));
    return new AlterEnumType(name, after, before, back, columns);
  }

  @Override
  public String subject() {
    return name;
  }

  /** A type swap converts columns of other tables. */
  @Override
  public boolean localToSubject() {
    return columns.isEmpty();
  }
}
