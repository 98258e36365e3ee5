package app;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
@Acknowledge(rule = "dropColumn", column = "legacy_code",
    reason = "legacy codes live in the carrier table since release 4.2")
public class Shipment {
  @Id long id;
  String note;
}
