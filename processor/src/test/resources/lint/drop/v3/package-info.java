/** Where the acknowledgement of a table whose class is gone stands. */
@Acknowledge(rule = "dropTable", table = "archive",
    reason = "archived rows were exported to cold storage")
package app;

import io.tidemark.annotations.Acknowledge;
