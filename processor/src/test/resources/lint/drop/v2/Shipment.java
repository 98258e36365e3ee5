package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Shipment {
  @Id long id;
  String note;
}
