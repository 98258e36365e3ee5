package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

@Table
public class PurchaseOrder {
  @Id(generated = Generation.BY_DEFAULT) long id;
  @References(table = "customers", onDelete = "CASCADE") long customerId;
  @References(table = "purchase_order") @Column(name = "previous", unique = true) Long previousOrder;
}
