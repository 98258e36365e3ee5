package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddIdentity;
import io.tidemark.ddl.AlterIdentity;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIdentity;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.snapshot.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identity and generated columns: how each change of one becomes ops. */
class SchemaDifferGeneratedColumnsTest {
  private static final ColumnDef ID = notNull("id", "bigint");
  private static final IdentityDef BY_DEFAULT = IdentityDef.byDefault();
  private static final ColumnDef PRICE = notNull("price", "numeric");

  private static Schema line(ColumnDef... columns) {
    var builder = table("line").column(columns[0]).primaryKey("line_pkey", "id");
    for (int i = 1; i < columns.length; i++) {
      builder.column(columns[i]);
    }
    return schema(builder.build());
  }

  @Test
  void diff_newTableWithIdentityAndGeneratedColumns_createsThemInTheTable() {
    Schema now = line(ID.identity(BY_DEFAULT), PRICE,
        column("total", "numeric").generatedAs("price * 2"));
    DiffResult result = diff(Schema.EMPTY, now);
    assertEquals(List.of(now.tables().get(0).createTable()), result.upgrade());
  }

  @Test
  void diff_plainColumnBecomesIdentity_addsItAfterItsDefaultGoes() {
    DiffResult result = diff(line(ID.defaultValue("0")), line(ID.identity(BY_DEFAULT)));
    assertEquals(List.of(new SetDefault("line", "id", null, ID.defaultValue("0")),
        new AddIdentity("line", "id", BY_DEFAULT)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_nullableColumnBecomesIdentity_addsItOnceNotNull() {
    ColumnDef ticket = column("ticket", "integer");
    DiffResult result = diff(line(ID, ticket), line(ID, ticket.identity(BY_DEFAULT)));
    CheckDef check = SafePlan.notNullCheck("line", "ticket");
    assertEquals(List.of(new AddConstraint("line", check),
        new ValidateConstraint("line", check.name()),
        new SetNullable("line", "ticket", false),
        new DropConstraint("line", check.name(), check),
        new AddIdentity("line", "ticket", BY_DEFAULT)), result.upgrade());
  }

  @Test
  void diff_identityDropped_dropsItBeforeTheNewDefault() {
    DiffResult result = diff(line(ID.identity(BY_DEFAULT)), line(ID.defaultValue("0")));
    assertEquals(List.of(new DropIdentity("line", "id", BY_DEFAULT),
        new SetDefault("line", "id", "0", ID)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_identityOptionsChange_altersItInPlace() {
    IdentityDef always = IdentityDef.generatedAlways().increment(5);
    DiffResult result = diff(line(ID.identity(BY_DEFAULT)), line(ID.identity(always)));
    assertEquals(List.of(new AlterIdentity("line", "id", always, BY_DEFAULT)), result.upgrade());
    assertEquals(List.of(new AlterIdentity("line", "id", BY_DEFAULT, always)), result.downgrade());
  }

  @Test
  void diff_generatedExpressionChanges_dropsAndAddsTheColumn() {
    ColumnDef before = column("total", "numeric").generatedAs("price * 2");
    ColumnDef after = column("total", "numeric").generatedAs("price * 3");
    DiffResult result = diff(line(ID, PRICE, before), line(ID, PRICE, after));
    assertEquals(List.of(new DropColumn("line", "total", before), new AddColumn("line", after)),
        result.upgrade());
    assertEquals(List.of(new DropColumn("line", "total", after), new AddColumn("line", before)),
        result.downgrade());
  }

  @Test
  void diff_plainColumnBecomesGenerated_dropsAndAddsTheColumn() {
    ColumnDef plain = column("total", "numeric");
    ColumnDef generated = plain.generatedAs("price * 2");
    DiffResult result = diff(line(ID, PRICE, plain), line(ID, PRICE, generated));
    assertEquals(List.of(new DropColumn("line", "total", plain), new AddColumn("line", generated)),
        result.upgrade());
    assertDowngradeReverses(result);
  }
}
