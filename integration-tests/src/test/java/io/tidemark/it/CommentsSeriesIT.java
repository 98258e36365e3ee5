package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Comments from Javadoc and {@code @Comment} ({@code series/comments/v1..v3}, built with
 * {@code -Atidemark.comments=javadoc}): tables and columns commented on creation, a comment
 * changed, one removed, one added with a new column, then a table comment removed, a comment
 * kept out with {@code @Comment("")} and a commented table dropped; rows keep their values.
 */
class CommentsSeriesIT extends ModelSeries {
  CommentsSeriesIT() {
    super("comments", 3, "com.example.comments");
  }

  @Override
  List<String> processorOptions() {
    return List.of("-Atidemark.comments=javadoc");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("insertRows_v1_commentsOnTablesAndColumns",
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into invoice (id, amount, sent_to) values (1, 9.50, 'a@b.c')");
              s.execute("insert into customer (id, name) values (1, 'Ada')");
            }
            assertEquals(List.of("One invoice sent to a customer.|The invoice's number, as"
                + " printed.|Set by the mailer|the name on invoices"), rows(c,
                "select obj_description('invoice'::regclass, 'pg_class'),"
                    + " col_description('invoice'::regclass, 1),"
                    + " col_description('invoice'::regclass, 3),"
                    + " col_description('customer'::regclass, 2)"));
          }));
      case 2 -> Optional.of(new RoundTripData.Check("readRows_v2_commentsChangedRowsKept",
          c -> assertEquals(List.of("1|9.50|What is owed, in cents.|null"), rows(c,
              "select id, amount, col_description('invoice'::regclass, 2),"
                  + " col_description('invoice'::regclass, 3) from invoice"))));
      case 3 -> Optional.of(new RoundTripData.Check("readRows_v3_tableCommentRemovedRowsKept",
          c -> assertEquals(List.of("1|a@b.c|null|null"), rows(c,
              "select id, sent_to, obj_description('invoice'::regclass, 'pg_class'),"
                  + " col_description('invoice'::regclass, 4) from invoice"))));
      default -> Optional.empty();
    };
  }
}
