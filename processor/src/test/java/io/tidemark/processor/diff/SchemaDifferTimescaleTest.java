package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.processor.snapshot.Nodes.index;
import static io.tidemark.processor.snapshot.Nodes.notNull;
import static io.tidemark.processor.snapshot.Nodes.schema;
import static io.tidemark.processor.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.processor.ops.AddCompressionPolicy;
import io.tidemark.processor.ops.AddReorderPolicy;
import io.tidemark.processor.ops.AddRetentionPolicy;
import io.tidemark.processor.ops.ConvertToPlainTable;
import io.tidemark.processor.ops.CreateHypertable;
import io.tidemark.processor.ops.CreateIndex;
import io.tidemark.processor.ops.CreateTable;
import io.tidemark.processor.ops.DisableCompression;
import io.tidemark.processor.ops.DropIndex;
import io.tidemark.processor.ops.DropTable;
import io.tidemark.processor.ops.EnableCompression;
import io.tidemark.processor.ops.RemoveCompressionPolicy;
import io.tidemark.processor.ops.RemoveReorderPolicy;
import io.tidemark.processor.ops.RemoveRetentionPolicy;
import io.tidemark.processor.ops.SetChunkTimeInterval;
import io.tidemark.processor.snapshot.CompressionNode;
import io.tidemark.processor.snapshot.HypertableNode;
import io.tidemark.processor.snapshot.IndexNode;
import io.tidemark.processor.snapshot.TableNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTimescaleTest {
  private static final IndexNode ASN_TIMEBIN = index("hegemony_asn_id_timebin_idx", "asn_id", "timebin DESC");
  private static final CompressionNode COMPRESSION =
      new CompressionNode(List.of("asn_id", "af"), List.of("timebin DESC"), "7 days");

  private static HypertableNode hypertable(String interval, CompressionNode compression, String dropAfter,
      String reorderIndex) {
    return new HypertableNode("timebin", interval, null, 0, compression, dropAfter, reorderIndex);
  }

  private static TableNode hegemony(HypertableNode hypertable) {
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

  private static final HypertableNode FULL = hypertable("2 days", COMPRESSION, "90 days", "hegemony_asn_id_timebin_idx");
  private static final TableNode INLINE = TableDiffer.inline(hegemony(null));

  @Test
  void diff_newHypertable_createsTableThenHypertableThenIndexesSettingsAndPolicies() {
    DiffResult result = diff(schema(), schema(hegemony(FULL)));
    assertEquals(List.of(
        new CreateTable(INLINE),
        new CreateHypertable("hegemony", FULL, false),
        new CreateIndex("hegemony", ASN_TIMEBIN),
        new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days"),
        new AddRetentionPolicy("hegemony", "90 days"),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.upgrade());
    assertEquals(List.of(new DropTable(INLINE)), result.downgrade(),
        "dropping the table takes its hypertable, indexes and policies along, without decompressing");
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_droppedHypertable_isOneDrop_andDowngradeRecreatesEverything() {
    DiffResult result = diff(schema(hegemony(FULL)), schema());
    assertEquals(List.of(new DropTable(INLINE)), result.upgrade());
    assertEquals(List.of(
        new CreateTable(INLINE),
        new CreateHypertable("hegemony", FULL, false),
        new CreateIndex("hegemony", ASN_TIMEBIN),
        new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days"),
        new AddRetentionPolicy("hegemony", "90 days"),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.downgrade());
  }

  @Test
  void diff_existingTableBecomesHypertable_convertsWithMigrateDataAndWarns() {
    HypertableNode plain = hypertable("2 days", null, null, null);
    DiffResult result = diff(schema(hegemony(null)), schema(hegemony(plain)));
    assertEquals(List.of(new CreateHypertable("hegemony", plain, true)), result.upgrade());
    assertEquals(List.of(new ConvertToPlainTable("hegemony", plain, true)), result.downgrade());
    Finding warning = result.findings().get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("TM050", warning.code());
    assertTrue(warning.message().contains("locks and rewrites the table"), warning.message());
  }

  @Test
  void diff_hypertableBecomesPlainTable_convertsBackAfterRemovingSettingsAndWarns() {
    DiffResult result = diff(schema(hegemony(FULL)), schema(hegemony(null)));
    assertEquals(List.of(
        new RemoveReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx"),
        new RemoveRetentionPolicy("hegemony", "90 days"),
        new RemoveCompressionPolicy("hegemony", "7 days"),
        new DisableCompression("hegemony", COMPRESSION),
        new ConvertToPlainTable("hegemony", FULL, true)), result.upgrade());
    assertDowngradeReverses(result);
    assertEquals("TM051", result.findings().get(0).code());
  }

  @Test
  void diff_changedChunkInterval_setsItForNewChunks() {
    DiffResult result = diff(schema(hegemony(hypertable("2 days", null, null, null))),
        schema(hegemony(hypertable("1 day", null, null, null))));
    assertEquals(List.of(new SetChunkTimeInterval("hegemony", "2 days", "1 day")), result.upgrade());
    assertEquals(List.of(new SetChunkTimeInterval("hegemony", "1 day", "2 days")), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_changedDimensions_convertsBackAndForthWithWarning() {
    HypertableNode byTime = hypertable(null, null, null, null);
    HypertableNode partitioned = new HypertableNode("timebin", null, "asn_id", 4, null, null, null);
    DiffResult result = diff(schema(hegemony(byTime)), schema(hegemony(partitioned)));
    assertEquals(List.of(new ConvertToPlainTable("hegemony", byTime, true),
        new CreateHypertable("hegemony", partitioned, true)), result.upgrade());
    assertEquals("TM052", result.findings().get(0).code());
  }

  @Test
  void diff_compressionAdded_enablesThenAddsPolicy() {
    HypertableNode plain = hypertable("2 days", null, null, null);
    HypertableNode compressed = hypertable("2 days", COMPRESSION, null, null);
    DiffResult result = diff(schema(hegemony(plain)), schema(hegemony(compressed)));
    assertEquals(List.of(new EnableCompression("hegemony", COMPRESSION),
        new AddCompressionPolicy("hegemony", "7 days")), result.upgrade());
    assertEquals(List.of(new RemoveCompressionPolicy("hegemony", "7 days"),
        new DisableCompression("hegemony", COMPRESSION)), result.downgrade());
  }

  @Test
  void diff_changedSegmentBy_removesPolicyDisablesEnablesAndReAddsPolicy() {
    CompressionNode bySegment = new CompressionNode(List.of("asn_id"), List.of("timebin DESC"), "7 days");
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
    CompressionNode later = new CompressionNode(COMPRESSION.segmentBy(), COMPRESSION.orderBy(), "30 days");
    DiffResult result = diff(schema(hegemony(hypertable(null, COMPRESSION, null, null))),
        schema(hegemony(hypertable(null, later, null, null))));
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
    IndexNode wider = index("hegemony_asn_id_timebin_idx", "asn_id", "af", "timebin DESC");
    HypertableNode reordered = hypertable(null, null, null, "hegemony_asn_id_timebin_idx");
    TableNode before = hegemony(reordered);
    TableNode after = table("hegemony").column(before.columns().get(0)).column(before.columns().get(1))
        .column(before.columns().get(2)).column(before.columns().get(3)).index(wider)
        .index(index("hegemony_timebin_idx", "timebin DESC")).hypertable(reordered).build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(
        new RemoveReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx"),
        new DropIndex("hegemony", ASN_TIMEBIN),
        new CreateIndex("hegemony", wider),
        new AddReorderPolicy("hegemony", "hegemony_asn_id_timebin_idx")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_automaticTimeIndexRemovedFromDeclaration_isNeverDropped() {
    HypertableNode h = hypertable(null, null, null, null);
    TableNode without = table("hegemony").column(notNull("timebin", "timestamp with time zone"))
        .column(notNull("asn_id", "bigint")).column(notNull("af", "integer")).column("hege", "double precision")
        .index(ASN_TIMEBIN).hypertable(h).build();
    assertTrue(diff(schema(hegemony(h)), schema(without)).isEmpty());
    assertTrue(diff(schema(without), schema(hegemony(h))).isEmpty(), "nor created twice");
  }

  @Test
  void diff_blankAndNullSettings_areTheSame() {
    HypertableNode blank = new HypertableNode("timebin", "", "", 0,
        new CompressionNode(List.of(), List.of(), ""), "", "");
    HypertableNode nulls = new HypertableNode("timebin", null, null, 0,
        new CompressionNode(List.of(), List.of(), null), null, null);
    assertTrue(diff(schema(hegemony(blank)), schema(hegemony(nulls))).isEmpty());
  }

  @Test
  void diff_newHypertableWithSpacePartition_skipsBothAutomaticIndexes() {
    HypertableNode partitioned = new HypertableNode("ts", "1 day", "device", 4, null, null, null);
    IndexNode time = index("m_ts_idx", "ts DESC");
    IndexNode space = index("m_device_ts_idx", "device", "ts DESC");
    IndexNode own = index("m_value_idx", "value");
    TableNode m = table("m").column(notNull("ts", "timestamp with time zone")).column(notNull("device", "integer"))
        .column("value", "double precision").index(time).index(space).index(own).hypertable(partitioned).build();
    DiffResult result = diff(schema(), schema(m));
    assertEquals(List.of(new CreateTable(TableDiffer.inline(m)), new CreateHypertable("m", partitioned, false),
        new CreateIndex("m", own)), result.upgrade());
  }
}
