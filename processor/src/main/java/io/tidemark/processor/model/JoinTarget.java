package io.tidemark.processor.model;

/**
 * Where the join column of a JPA {@code @ManyToOne} or {@code @OneToOne} points: the qualified
 * name of the target entity's table and the referenced column. {@code relation} is the JPA
 * annotation, where a missing target is reported; {@code references} the field's Tidemark
 * {@code @References}, which adds the key's name, actions and deferral, or {@code null}.
 */
record JoinTarget(String table, String column, Ann relation, Ann references) {}
