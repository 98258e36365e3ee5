package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.convert;
import static io.tidemark.processor.diff.Expected.createHypertable;
import static io.tidemark.processor.diff.Expected.dropIndexOfHypertable;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveReorderPolicy;
import io.tidemark.ddl.RemoveRetentionPolicy;
import io.tidemark.ddl.SetChunkTimeInterval;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTimescaleTest {
  private static final IndexDef ASN_TIMEBIN = index("hegemony_asn_id_timebin_idx", "asn_id", "timebin DESC");
  private static final CompressionDef COMPRESSION =
      new CompressionDef(List.of("asn_id", "af"), List.of("timebin DESC"));

  /** Compression, when on, has a policy after 7 days. */
  private static TimescaleNode hypertable(String interval, CompressionDef compression, String dropAfter,
      String reorderIndex) {
    return new TimescaleNode(new HypertableDef("timebin", interval, null, 0, false), compression,
        compression == null ? null : "7 days", dropAfter, reorderIndex);
  }

  private static TableNode hegemony(TimescaleNode hypertable) {
    return table("hegemony")
        .column(notNull("timebin", "timestamp with time zone"))
        .column(notNull("asn_id", "bigint"))
        .column(notNull("af", "integer"))
        .column("hege", "double precision")
        .index(ASN_TIMEBIN)
        .index(index("hegemony_timebin_idx", "timebin DESC"))
        .hypertable(hypertable)
        .build();
  }

  private static final TimescaleNode FULL = hypertable("2 days", COMPRESSION, "90 days", "hegemony_asn_id_timebin_idx");
  private static final TableNode INLINE = hegemony(null);

  @Test
  void diff_newHypertable_createsExtensionTableThenHypertableThenIndexesSettingsAndPolicies() {
    DiffResult result = diff(schema(), schema(hegemony(FULL)));
    assertEquals(List.of(
        new CreateExtension("timescaledb"),
        INLINE.createTable(),
        createHypertable("hegemony", FULL, false),
        new CreateIndex("hegemony", ASN_TIMEBIN),
        new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days"),
        new AddRetentionPolicy("hegemony", "90 days"),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.upgrade());
    assertEquals(List.of(dropTable(INLINE)), result.downgrade(),
        "dropping the table takes its hypertable, indexes and policies along, without decompressing");
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_droppedHypertable_isOneDrop_andDowngradeRecreatesEverything() {
    DiffResult result = diff(schema(hegemony(FULL)), schema());
    assertEquals(List.of(dropTable(INLINE)), result.upgrade());
    assertEquals(List.of(
        INLINE.createTable(),
        createHypertable("hegemony", FULL, false),
        new CreateIndex("hegemony", ASN_TIMEBIN),
        new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days"),
        new AddRetentionPolicy("hegemony", "90 days"),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.downgrade());
  }

  @Test
  void diff_existingTableBecomesHypertable_convertsWithMigrateData() {
    TimescaleNode plain = hypertable("2 days", null, null, null);
    DiffResult result = diff(schema(hegemony(null)), schema(hegemony(plain)));
    assertEquals(List.of(new CreateExtension("timescaledb"), createHypertable("hegemony", plain, true)),
        result.upgrade());
    assertEquals(List.of(convert("hegemony", plain, true)), result.downgrade());
    // lint reports the conversion (TM212), which an acknowledgement accepts
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_hypertableBecomesPlainTable_convertsBackAfterRemovingSettingsAndWarns() {
    DiffResult result = diff(schema(hegemony(FULL)), schema(hegemony(null)));
    assertEquals(List.of(
        new RemoveReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx"),
        new RemoveRetentionPolicy("hegemony", "90 days"),
        new RemoveCompressionPolicy("hegemony", "7 days"),
        new DisableCompression("hegemony", COMPRESSION),
        convert("hegemony", FULL, true)), result.upgrade());
    assertDowngradeReverses(result);
    assertEquals("TM051", result.findings().get(0).code());
  }

  @Test
  void diff_changedChunkInterval_setsItForNewChunks() {
    DiffResult result = diff(schema(hegemony(hypertable("2 days", null, null, null))),
        schema(hegemony(hypertable("1 day", null, null, null))));
    HypertableDef was = new HypertableDef("timebin", "2 days", null, 0, false);
    assertEquals(List.of(new SetChunkTimeInterval("hegemony", "1 day", was)), result.upgrade());
    assertEquals(List.of(new SetChunkTimeInterval("hegemony", "2 days", was.chunkTimeInterval("1 day"))),
        result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_changedDimensions_convertsBackAndForthWithWarning() {
    TimescaleNode byTime = hypertable(null, null, null, null);
    TimescaleNode partitioned = new TimescaleNode(new HypertableDef("timebin", null, "asn_id", 4, false),
        null, null, null, null);
    DiffResult result = diff(schema(hegemony(byTime)), schema(hegemony(partitioned)));
    assertEquals(List.of(convert("hegemony", byTime, true),
        createHypertable("hegemony", partitioned, true)), result.upgrade());
    assertEquals("TM052", result.findings().get(0).code());
  }

  @Test
  void diff_compressionAdded_enablesThenAddsPolicy() {
    TimescaleNode plain = hypertable("2 days", null, null, null);
    TimescaleNode compressed = hypertable("2 days", COMPRESSION, null, null);
    DiffResult result = diff(schema(hegemony(plain)), schema(hegemony(compressed)));
    assertEquals(List.of(new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days")), result.upgrade());
    assertEquals(List.of(new RemoveCompressionPolicy("hegemony", "7 days"),
        new DisableCompression("hegemony", COMPRESSION)), result.downgrade());
  }

  @Test
  void diff_changedSegmentBy_removesPolicyDisablesEnablesAndReAddsPolicy() {
    CompressionDef bySegment = new CompressionDef(List.of("asn_id"), List.of("timebin DESC"));
    DiffResult result = diff(schema(hegemony(hypertable(null, COMPRESSION, null, null))),
        schema(hegemony(hypertable(null, bySegment, null, null))));
    assertEquals(List.of(
        new RemoveCompressionPolicy("hegemony", "7 days"),
        new DisableCompression("hegemony", COMPRESSION),
        new EnableCompression("hegemony", bySegment),
        new AddCompressionPolicy("hegemony", "7 days")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_changedCompressionPolicyInterval_removesAndAddsOnlyThePolicy() {
    TimescaleNode week = hypertable(null, COMPRESSION, null, null);
    TimescaleNode later = new TimescaleNode(week.dimensions(), COMPRESSION, "30 days", null, null);
    DiffResult result = diff(schema(hegemony(week)), schema(hegemony(later)));
    assertEquals(List.of(new RemoveCompressionPolicy("hegemony", "7 days"),
        new AddCompressionPolicy("hegemony", "30 days")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_retentionPolicy_addedChangedRemoved() {
    TableNode none = hegemony(hypertable(null, null, null, null));
    TableNode week = hegemony(hypertable(null, null, "7 days", null));
    TableNode month = hegemony(hypertable(null, null, "30 days", null));
    assertEquals(List.of(new AddRetentionPolicy("hegemony", "7 days")), diff(schema(none), schema(week)).upgrade());
    assertEquals(List.of(new RemoveRetentionPolicy("hegemony", "7 days"), new AddRetentionPolicy("hegemony", "30 days")),
        diff(schema(week), schema(month)).upgrade());
    assertEquals(List.of(new RemoveRetentionPolicy("hegemony", "30 days")), diff(schema(month), schema(none)).upgrade());
  }

  @Test
  void diff_reorderIndexRebuilt_removesPolicyBeforeDropAndAddsItAfterCreate() {
    IndexDef wider = index("hegemony_asn_id_timebin_idx", "asn_id", "af", "timebin DESC");
    TimescaleNode reordered = hypertable(null, null, null, "hegemony_asn_id_timebin_idx");
    TableNode before = hegemony(reordered);
    TableNode after = table("hegemony").column(before.columns().get(0)).column(before.columns().get(1))
        .column(before.columns().get(2)).column(before.columns().get(3)).index(wider)
        .index(index("hegemony_timebin_idx", "timebin DESC")).hypertable(reordered).build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(
        new RemoveReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx"),
        dropIndexOfHypertable("hegemony", ASN_TIMEBIN),
        new CreateIndex("hegemony", wider.transactionPerChunk()),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_automaticTimeIndexRemovedFromDeclaration_isNeverDropped() {
    TimescaleNode h = hypertable(null, null, null, null);
    TableNode without = table("hegemony").column(notNull("timebin", "timestamp with time zone"))
        .column(notNull("asn_id", "bigint")).column(notNull("af", "integer")).column("hege", "double precision")
        .index(ASN_TIMEBIN).hypertable(h).build();
    assertTrue(diff(schema(hegemony(h)), schema(without)).isEmpty());
    assertTrue(diff(schema(without), schema(hegemony(h))).isEmpty(), "nor created twice");
  }

  @Test
  void diff_blankAndNullSettings_areTheSame() {
    CompressionDef none = new CompressionDef(List.of(), List.of());
    TimescaleNode blank = new TimescaleNode(new HypertableDef("timebin", "", "", 0, false), none, "", "", "");
    TimescaleNode nulls = new TimescaleNode(new HypertableDef("timebin", null, null, 0, false), none, null,
        null, null);
    assertTrue(diff(schema(hegemony(blank)), schema(hegemony(nulls))).isEmpty());
  }

  @Test
  void diff_newHypertableWithSpacePartition_skipsBothAutomaticIndexes() {
    TimescaleNode partitioned = new TimescaleNode(new HypertableDef("ts", "1 day", "device", 4, false),
        null, null, null, null);
    IndexDef time = index("m_ts_idx", "ts DESC");
    IndexDef space = index("m_device_ts_idx", "device", "ts DESC");
    IndexDef own = index("m_value_idx", "value");
    TableNode m = table("m").column(notNull("ts", "timestamp with time zone")).column(notNull("device", "integer"))
        .column("value", "double precision").index(time).index(space).index(own).hypertable(partitioned).build();
    DiffResult result = diff(schema(), schema(m));
    assertEquals(List.of(new CreateExtension("timescaledb"), m.createTable(),
        createHypertable("m", partitioned, false),
        new CreateIndex("m", own)), result.upgrade());
  }

  @Test
  void diff_declaredBrinIndexOnTimeColumn_isCreatedAndDroppedAsTheUsersOwn() {
    TimescaleNode h = new TimescaleNode(new HypertableDef("ts", "1 day", null, 0, false),
        null, null, null, null);
    IndexDef brin = new IndexDef("m_ts_brin_idx", List.of("ts"), false, null, "brin", List.of(),
        false);
    TableNode plain = table("m").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").hypertable(h).build();
    TableNode withBrin = table("m").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").index(brin).hypertable(h).build();
    assertEquals(List.of(new CreateIndex("m", brin.transactionPerChunk())),
        diff(schema(plain), schema(withBrin)).upgrade());
    assertEquals(1, diff(schema(withBrin), schema(plain)).upgrade().size(),
        "a declared index that goes is dropped, whatever its name");
  }

  @Test
  void diff_indexWithTheAutomaticNameButAnotherDefinition_isNotTakenForTheAutomaticOne() {
    TimescaleNode h = new TimescaleNode(new HypertableDef("ts", "1 day", null, 0, false),
        null, null, null, null);
    IndexDef clash = new IndexDef("m_ts_idx", List.of("ts"), false, null, "brin", List.of(),
        false);
    TableNode m = table("m").column(notNull("ts", "timestamp with time zone")).index(clash)
        .hypertable(h).build();
    assertEquals(List.of(new CreateExtension("timescaledb"), m.createTable(),
        createHypertable("m", h, false),
        new CreateIndex("m", clash)), diff(schema(), schema(m)).upgrade());
  }
}
