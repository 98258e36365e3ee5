package io.tidemark.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevisionNamesTest {
  @Test
  void isId_fourDigitsUnderscoreSixLowerHex_only() {
    assertTrue(RevisionNames.isId("0002_a1b2c3"));
    assertTrue(RevisionNames.isId("9999_000000"));
    assertFalse(RevisionNames.isId("0002_A1B2C3"));
    assertFalse(RevisionNames.isId("0002_backfill"));
    assertFalse(RevisionNames.isId("002_a1b2c3"));
    assertFalse(RevisionNames.isId("0002-a1b2c3"));
    assertFalse(RevisionNames.isId("0002_a1b2cg"));
    assertFalse(RevisionNames.isId("0002_a1b2c3 "));
    assertFalse(RevisionNames.isId(null));
  }

  @Test
  void id_sequenceAndHashOfContent_stableAndPadded() {
    // The first six hex digits of SHA-256("abc").
    assertEquals("0007_ba7816", RevisionNames.id(7, "abc"));
    assertEquals(7, RevisionNames.sequence("0007_ba7816"));
    assertThrows(IllegalArgumentException.class, () -> RevisionNames.id(10000, "abc"));
    assertThrows(IllegalArgumentException.class, () -> RevisionNames.sequence("7_ba7816"));
  }

  @Test
  void className_revIdAndCamelMessage_orIdAloneWithoutWords() {
    assertEquals("Rev0002_a1b2c3_AddUsersEmail", RevisionNames.className("0002_a1b2c3",
        "add users.email"));
    assertEquals("Rev0002_a1b2c3", RevisionNames.className("0002_a1b2c3", " -- "));
  }

  @Test
  void camelCase_keepsLettersAndDigits_andCutsAtAClauseOrWordNear40Characters() {
    assertEquals("AddUsersEmail", RevisionNames.camelCase("add users.email"));
    assertEquals("RenameUsersToAccounts", RevisionNames.camelCase("rename users to accounts"));
    assertEquals("Merge0002AaaaaaAnd0002Bbbbbb",
        RevisionNames.camelCase("merge 0002_aaaaaa and 0002_bbbbbb"));
    assertEquals("CreateTableSalesCustomers",
        RevisionNames.camelCase("create table sales.customers, create table sales.orders"));
    assertEquals("CreateTableCustomerCreateTableGeoRegion",
        RevisionNames.camelCase("create table customer, create table geo.region"));
    assertEquals("BackfillTheOrderTotalsFromTheLineItems",
        RevisionNames.camelCase("backfill the order totals from the line items everywhere"));
    assertEquals("CreateTableEtlS3IngestLog", RevisionNames.camelCase(
        "create table etl_s3_ingest_log, create table ingestion_runs and 3 more changes"));
    assertEquals("A" + "a".repeat(39), RevisionNames.camelCase("a".repeat(60)));
  }
}
