package io.tidemark.processor.model;

/**
 * Every diagnostic code the processor reports, with its one-line meaning. TM001-TM039 are
 * model errors and warnings, TM044-TM048 concern JPA entities, TM040-TM059 otherwise come from
 * the schema diff, TM060-TM063 are standalone sequences and dimensions (TM064 is the diff's),
 * TM070-TM089 are
 * TimescaleDB annotation checks and TM090-TM099 concern the processor, revisions and branches.
 * TM200-TM249 are lint: the rules are {@code io.tidemark.processor.lint.Rule}, the checks of
 * their acknowledgements are here.
 * The revision-chain rules (TM102-TM106) are not here: they are the core's
 * {@code io.tidemark.chain.ChainCode}, reported under the codes the runtime uses.
 */
public enum Code {
  TM001("the field's Java type has no SQL mapping and no @Column(type)"),
  TM002("two fields map to the same column"),
  TM003("an @Index, @Unique, @Check, @ForeignKey or @Id refers to a column the table does not have"),
  TM004("renamedFrom/@RenamedFrom names nothing in the previous snapshot"),
  TM005("two entities map to the same table or view name"),
  TM006("an identifier is longer than PostgreSQL's 63 bytes"),
  TM007("an index or orderBy column entry does not follow"
      + " `key [COLLATE name] [opclass] [ASC|DESC] [NULLS FIRST|LAST]`"),
  TM008("a foreign-key action is not one PostgreSQL knows"),
  TM009("@References or @ForeignKey names a table the model does not have and gives no column"),
  TM010("@References or @ForeignKey names a column the referenced table does not have"),
  TM011("the table has no primary key (warning)"),
  TM012("the annotated type cannot be an entity (interface, enum or annotation)"),
  TM013("the table has no columns"),
  TM014("an enum column's enum has no constants"),
  TM015("length, precision or scale does not fit the column's Java type"),
  TM016("two constraints or indexes share one name"),
  TM017("an @Index or @Unique lists no columns, or a @Check has no expression"),
  TM018("the referenced table's primary key is not a single column, so @References needs column"),
  TM019("an index takes the name of TimescaleDB's own time index with another definition"),
  TM024("an identity or generated column also has a default, or is both"),
  TM025("an identity's sequence options do not fit together or the column type"),
  TM030("nullsNotDistinct on an @Index that is not unique"),
  TM031("initiallyDeferred on a foreign key that is not deferrable"),
  TM032("a @ForeignKey's columns and referenced columns differ in number"),
  TM033("two Java enums declare the same enum type"),
  TM034("an identity column's type is not smallint, integer or bigint"),
  TM035("@Id(generated) and @Identity(generated) on one field name different generations"),
  TM036("a view's query is empty"),
  TM037("a view's dependsOn names a class that is not an entity of the model"),
  TM038("a view depends on itself through its dependsOn"),
  TM039("@View or @MaterializedView is declared together with another entity annotation"),
  TM044("a Tidemark annotation and the JPA mapping of the same element disagree"),
  TM045("a JPA collection is mapped to a join or collection table, which is not generated"
      + " (warning)"),
  TM046("a JPA @GeneratedValue strategy Tidemark does not generate"),
  TM047("a JPA relation's target is not an entity of the model or has no such key column"),
  TM048("a JPA mapping Tidemark does not read: entity inheritance or @JoinColumns"),
  TM060("@Sequence is not on a @Table, or its ownedBy names no column of the entity's table or"
      + " one in another schema"),
  TM061("two @Sequence declare one sequence, or a sequence takes a table's or view's name"),
  TM062("a @Sequence's options do not fit together"),
  TM063("a @Dimension names no column or a partitioning column again, or sets not exactly one of"
      + " partitions and interval"),
  TM070("@Hypertable.timeColumn names no column of the table"),
  TM071("the hypertable's time column is not a time or integer type"),
  TM072("the hypertable's time column is nullable"),
  TM073("a primary key or unique constraint of a hypertable lacks its partitioning columns"),
  TM074("@Compression segmentBy/orderBy names a column the table does not have"),
  TM075("@Hypertable.reorderIndex names no index of the table"),
  TM076("an interval string is not a valid interval"),
  TM077("partitions and partitionColumn must be given together"),
  TM078("a continuous aggregate's query does not read FROM a hypertable of the model"),
  TM079("@ContinuousAggregate is declared together with @Table"),
  TM080("@Hypertable.partitionColumn names no column of the table"),
  TM081("@Hypertable is declared on a type without @Table"),
  TM082("a hypertable with an integer time column has no chunkTimeInterval"),
  TM090("the processor options tidemark.dir and tidemark.package are missing"),
  TM091("a processor option has an invalid value"),
  TM092("a revision's snapshot file is missing, unreadable or corrupted"),
  TM093("a file in the revision package cannot be read or has no readable @Revision"),
  TM094("two revision heads change the same objects differently"),
  TM095("the model changed but tidemark.failOnChange forbids writing a revision"),
  TM096("a revision or snapshot file could not be written"),
  TM097("a revision was written (note)"),
  TM099("internal processor failure"),
  TM220("an @Acknowledge matches no lint finding of the current change (warning)"),
  TM221("an @Acknowledge names no rule, has no reason, or an attribute that does not fit its place");

  private final String meaning;

  Code(String meaning) {
    this.meaning = meaning;
  }

  /** What the code means, in one line. */
  public String meaning() {
    return meaning;
  }
}
