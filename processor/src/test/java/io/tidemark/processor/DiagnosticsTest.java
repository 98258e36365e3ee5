package io.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model and TimescaleDB diagnostic, asserted down to its message and line. */
class DiagnosticsTest {
  @TempDir Path dir;

  static Stream<Arguments> errors() {
    return Stream.of(
        error("UnknownType", "[TM001] No SQL type for field tags of type java.util.List<java.lang.String>;"
            + " write @Column(type = \"...\")", "List<String> tags"),
        error("BadRecord", "[TM001] No SQL type for field attrs", "record BadRecord"),
        error("DuplicateColumn", "[TM002] Fields id and other both map to column id of table"
            + " duplicate_column", "@Column(name = \"id\")"),
        error("MissingColumns", "[TM003] columns entry \"nope_index\" names column nope_index,"
            + " which table missing_columns does not have; use one of: id, name.", "nope_index"),
        error("MissingColumns", "[TM003] columns entry \"nope_unique\" names column nope_unique",
            "nope_unique"),
        error("MissingColumns", "[TM003] @Check expression \"length(name) > 0 AND nope_check > 0\""
            + " names column nope_check", "nope_check"),
        error("Renames", "[TM004] @RenamedFrom(\"old_renames\") on renames: the previous snapshot"
            + " has no table old_renames", "@RenamedFrom"),
        error("Renames", "[TM004] renamedFrom = \"old_title\" on column renames.title: the previous"
            + " snapshot has no column old_title", "old_title"),
        error("DuplicateTable", "[TM005] Entities app.DuplicateTable and app.DuplicateTableTwin both"
            + " map to dup", "twin"),
        error("LongName", "[TM006] Column name \"this_column_name_is_much_longer_than_what_postgresql"
            + "_would_accept\" is 65 bytes long", "this_column_name"),
        error("RepeatedIndexes", "[TM003] columns entry \"nope_repeated\" names column"
            + " nope_repeated, which table repeated_indexes does not have", "nope_repeated"),
        error("IndexSyntax", "[TM007] \"ts DESC sideways\" is not an index entry; write col"
            + " [COLLATE name] [opclass] [ASC|DESC] [NULLS FIRST|LAST]", "ts DESC sideways"),
        error("IndexSyntax", "[TM003] columns expression \"lower(nope_expression)\" names column"
            + " nope_expression, which table index_expression does not have", "nope_expression"),
        error("IndexSyntax", "[TM030] @Index by_ts on table index_nulls has nullsNotDistinct ="
            + " true but is not unique; add unique = true", "nullsNotDistinct = true"),
        error("ForeignKeys", "[TM003] @ForeignKey columns entry \"nope_local\": table member1 has"
            + " no such column; use one of: id, tenant_id.", "nope_local"),
        error("ForeignKeys", "[TM032] @ForeignKey on table member2 lists 1 column(s) [tenant_id],"
            + " but the primary key of tenant2 has 2 [tenant_id, id]",
            "columns = \"tenant_id\", table"),
        error("ForeignKeys", "[TM032] @ForeignKey on table member3 lists 2 column(s) [tenant_id,"
            + " parent_id] and 1 referenced column(s) [tenant_id]", "referencedColumns = \"tenant_id\""),
        error("ForeignKeys", "[TM010] @ForeignKey referencedColumns entry \"nope_remote\": table"
            + " tenant2 has no such column; use one of: tenant_id, id, code.", "nope_remote"),
        error("ForeignKeys", "[TM009] @ForeignKey(table = \"nowhere2\") on table member5: no entity"
            + " maps to table nowhere2", "nowhere2"),
        error("ForeignKeys", "[TM031] Foreign key member6_tenant_id_parent_id_fkey of table member6 is"
            + " initiallyDeferred but not deferrable; add deferrable = true",
            "table = \"tenant2\", initiallyDeferred = true)"),
        error("ForeignKeys", "[TM031] Foreign key member6_code_fkey of table member6 is"
            + " initiallyDeferred but not deferrable", "column = \"code\""),
        error("References", "[TM008] onDelete = \"EXPLODE\" is not a foreign-key action; write"
            + " CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION.", "EXPLODE"),
        error("References", "[TM009] @References(table = \"nowhere\") on field unknownTable: no"
            + " entity maps to table nowhere", "nowhere"),
        error("References", "[TM010] @References column \"missing\": table parent has no such"
            + " column; use one of: id, code.", "missing"),
        error("References", "[TM018] @References(table = \"pair\") on field compositeKey: table pair"
            + " has no single-column primary key", "compositeKey"),
        error("EnumTypes", "[TM033] Enums app.FirstState and app.SecondState both declare enum"
            + " type state; give one of them another name", "enum SecondState"),
        error("NotAClass", "[TM012] interface NotAClass cannot be an entity", "@Table"),
        error("NoColumns", "[TM013] Table no_columns has no columns", "@Table"),
        error("EmptyEnum", "[TM014] Enum Nothing of field state has no constants", "Nothing state"),
        error("BadLength", "[TM015] length = 10 on field id of type long: length applies to String"
            + " fields only", "length = 10"),
        error("BadLength", "[TM015] precision = 5, scale = 7 on field amount", "precision = 5"),
        error("SameNames", "[TM016] The index of table same_names is named same, like the index of"
            + " table same_names", "@Table"),
        error("EmptyIndex", "[TM017] @Index on table empty_index has an empty columns",
            "columns = {}"),
        error("Identities", "[TM034] Field code is an identity column of type text; an"
            + " identity needs smallint, integer or bigint", "String code"),
        error("Identities", "[TM035] Field id has @Id(generated = ALWAYS) and"
            + " @Identity(generated = BY_DEFAULT); keep one", "@Identity(generated"),
        error("Identities", "[TM024] Field id is an identity column, which PostgreSQL fills"
            + " itself, so it cannot have defaultValue = \"0\"", "defaultValue = \"0\""),
        error("Identities", "[TM024] Field twice is a generated column, which PostgreSQL fills"
            + " itself, so it cannot have defaultValue = \"1\"; remove the default or"
            + " generatedAs.", "defaultValue = \"1\""),
        error("Identities", "[TM024] Field id is an identity column and cannot also be generated"
            + " from an expression", "generatedAs = \"1\""),
        error("Identities", "[TM025] @Identity on field id: minValue = 10 must be less than"
            + " maxValue = 5", "minValue = 10"),
        error("Identities", "[TM025] @Identity on field second: start = 1 must lie between"
            + " minValue and maxValue", "start = 1"),
        error("Identities", "[TM025] @Identity on field third: minValue and maxValue must lie"
            + " within smallint (-32768 to 32767)", "maxValue = 40000"),
        error("Sequences", "[TM060] @Sequence a_seq is owned by nope, which is no column of"
            + " table sequence_owner; name one of its columns", "ownedBy = \"nope\""),
        error("Sequences", "[TM060] @Sequence d_seq is in schema \"audit\" but owned by a column"
            + " of table sequence_owner", "schema = \"audit\""),
        error("Sequences", "[TM062] @Sequence b_seq: minValue = 10 must be less than"
            + " maxValue = 5", "minValue = 10"),
        error("Sequences", "[TM061] Sequence c_seq is declared twice or shares its name with a"
            + " table or view", "increment = 2"),
        error("Sequences", "[TM061] Sequence other_table is declared twice",
            "name = \"other_table\""),
        error("Sequences", "[TM060] @Sequence is declared on SequenceOnView, which is not"
            + " a @Table", "on_view_seq"),
        error("Dimensions", "[TM063] @Dimension column \"nope\" of hypertable unknown_dimension"
            + " is not a column of the table", "column = \"nope\""),
        error("Dimensions", "[TM063] @Dimension on column device of hypertable both_kinds needs"
            + " either partitions > 0 (by hash) or an interval (by range), not both",
            "dimensions = @Dimension(column = \"device\""),
        error("Dimensions", "[TM063] @Dimension column \"ts\" of hypertable time_again already"
            + " partitions it", "dimensions = @Dimension(column = \"ts\""),
        error("Hypertables", "[TM070] timeColumn \"nope\" is not a column of table missing_time;"
            + " name one of: ts.", "\"nope\""),
        error("Hypertables", "[TM071] Time column label of hypertable text_time has type text",
            "\"label\""),
        error("Hypertables", "[TM072] Time column ts of hypertable nullable_time is nullable",
            "chunkTimeInterval = \"1d\""),
        error("Hypertables", "[TM073] The primary key key_without_time_pkey (id) of hypertable key_without_time does not"
            + " include its partitioning column(s) device, ts", "partitionColumn = \"device\""),
        error("Hypertables", "[TM073] The unique constraint only_ts (ts) of hypertable"
            + " key_without_time does not include", "partitionColumn = \"device\""),
        error("Hypertables", "[TM074] segmentBy entry \"nope_segment\" is not a column of"
            + " hypertable bad_compression", "nope_segment"),
        error("Hypertables", "[TM074] orderBy entry \"nope_order\" is not a column", "nope_order"),
        error("Hypertables", "[TM007] orderBy entry \"ts upward\" of hypertable bad_compression is"
            + " not a column entry", "ts upward"),
        error("Hypertables", "[TM075] reorderIndex \"nope_idx\" is not an index of table"
            + " bad_reorder; declare it with @Index(name = \"nope_idx\", ...) or name one of:"
            + " by_ts.", "nope_idx"),
        error("Hypertables", "[TM076] chunkTimeInterval = \"2 fortnights\" on table bad_intervals"
            + " is not a valid interval; write a positive number and a unit", "2 fortnights"),
        error("Hypertables", "[TM076] dropAfter = \"0 days\" on table bad_intervals", "0 days"),
        error("Hypertables", "[TM076] after = \"soon\" on table bad_intervals", "soon"),
        error("Hypertables", "[TM076] chunkTimeInterval = \"1 day\" on table integer_time is not a"
            + " valid integer interval", "\"1 day\""),
        error("Hypertables", "[TM082] Hypertable integer_time_without_chunk is partitioned by the"
            + " integer column seq, and TimescaleDB has no default chunk interval",
            "timeColumn = \"seq\""),
        error("Hypertables", "[TM077] Hypertable partitions_only has partitionColumn = \"\" and"
            + " partitions = 4", "partitions = 4"),
        error("Hypertables", "[TM080] partitionColumn \"nope_partition\" is not a column of table"
            + " missing_partition", "nope_partition"),
        error("Hypertables", "[TM019] Index brin_on_time_ts_idx on hypertable brin_on_time has the"
            + " name TimescaleDB gives the index it creates on the time column, but another"
            + " definition; the two would clash. Name it differently, for example @Index(name ="
            + " \"brin_on_time_ts_brin_idx\", ...).", "using = \"brin\""),
        error("Aggregates", "[TM078] The query of continuous aggregate from_plain reads FROM plain,"
            + " which is not a hypertable or continuous aggregate of the model; a continuous"
            + " aggregate must select FROM a @Hypertable table or another @ContinuousAggregate:"
            + " reading.", "FROM plain"),
        error("Aggregates", "[TM076] @Refresh startOffset = \"3 dayz\" is not a valid interval",
            "3 dayz"),
        error("Aggregates", "[TM007] orderBy entry \"hour upward\" of continuous aggregate"
            + " bad_compression is not a column entry", "hour upward"),
        error("Aggregates", "[TM076] @Compression after = \"2 weekz\" is not a valid interval",
            "hour upward"),
        error("Aggregates", "[TM079] Both has both @Table and @ContinuousAggregate", "SELECT 1"),
        error("Views", "[TM036] View empty_query has an empty query; write its SELECT in query ="
            + " \"...\".", "query = \"  \""),
        error("Views", "[TM037] dependsOn of view reads_plain_class names app.NotAnEntity, which is"
            + " not an entity; name classes annotated with @Table, @View, @MaterializedView or"
            + " @ContinuousAggregate.", "NotAnEntity.class}"),
        error("Views", "[TM038] View first_loop depends on itself: first_loop -> second_loop ->"
            + " first_loop; a view can only read what exists before it, so remove one of these"
            + " dependsOn.", "dependsOn = SecondLoop.class"),
        error("Views", "[TM039] TableAndView has @View together with @Table; declare each view on"
            + " a class of its own, with one of these annotations.", "SELECT 3"),
        error("Views", "[TM039] BothViews has both @View and @MaterializedView", "SELECT 4"),
        error("Aggregates", "[TM081] HypertableOnly has @Hypertable but no @Table", "30 days"));
  }

  private static Arguments error(String file, String message, String line) {
    return Arguments.of(file, message, line);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("errors")
  void badInput_compiled_reportsErrorOnItsLine(String file, String message, String line) {
    JavaFileObject source = Compiles.source("bad/" + file + ".java");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void referenceToEntityWithError_compiled_reportsOnlyThatError() {
    JavaFileObject source = Compiles.source("bad/BrokenParent.java");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[TM001] No SQL type for field unmappable")
        .inFile(source).onLineContaining("List<String> unmappable");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tableWithoutPrimaryKey_compiled_warnsOnTable() {
    JavaFileObject source = Compiles.source("bad/NoPrimaryKey.java");
    assertThat(compile(source))
        .hadWarningContaining("[TM011] Table no_primary_key has no primary key; mark the"
            + " identifying field(s) with @Id")
        .inFile(source)
        .onLineContaining("@Table");
  }

  @Test
  void missingOptions_withEntity_showsPomLines() {
    JavaFileObject source = Compiles.source("bad/NoOptions.java");
    Compilation compilation = javac().withProcessors(new TidemarkProcessor()).compile(source);
    assertThat(compilation)
        .hadErrorContaining("[TM090] Tidemark needs to know where revisions live: the processor"
            + " option tidemark.dir is missing. Add to the maven-compiler-plugin <configuration>:")
        .inFile(source)
        .onLineContaining("class NoOptions");
    assertThat(compilation).hadErrorContaining("<arg>-Atidemark.dir=${project.basedir}/src/main/java</arg>");
    assertThat(compilation).hadErrorContaining("<arg>-Atidemark.package=com.example.db.revisions</arg>");
  }

  @Test
  void missingOptions_withoutEntity_doesNothing() {
    Compilation compilation = javac().withProcessors(new TidemarkProcessor())
        .compile(com.google.testing.compile.JavaFileObjects.forSourceString("app.Plain",
            "package app; class Plain {}"));
    assertThat(compilation).succeededWithoutWarnings();
    Truth.assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void relativeDir_compiled_reportsInvalidOption() {
    JavaFileObject source = Compiles.source("bad/NoOptions.java");
    Compilation compilation = javac().withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=src/main/java", "-Atidemark.package=app.db").compile(source);
    assertThat(compilation)
        .hadErrorContaining("[TM091] -Atidemark.dir=src/main/java is not an absolute path of an"
            + " existing folder")
        .inFile(source)
        .onLineContaining("class NoOptions");
  }

  @Test
  void invalidAnnotationValue_compiled_reportsJavacErrorWithoutCrashing() {
    JavaFileObject source = Compiles.source("bad/BadValue.java");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("incompatible types");
    Truth.assertThat(compilation.errors().stream().map(d -> d.getMessage(null)).toList().toString())
        .doesNotContain("TM099");
  }

  private Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=false")
        .compile(List.of(source));
  }
}
