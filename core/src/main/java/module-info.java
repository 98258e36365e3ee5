/**
 * What the processor and the runtime share: the operation records and definitions
 * ({@code io.tidemark.ddl}, the types revisions are written with), the SQL they render to
 * ({@code io.tidemark.dialect}), the revision-chain rules ({@code io.tidemark.chain}) and the
 * schema snapshot with its JSON form ({@code io.tidemark.snapshot}, which the processor writes
 * and the runtime's drift check reads). All of them are exported.
 */
module io.tidemark.core {
  exports io.tidemark.chain;
  exports io.tidemark.ddl;
  exports io.tidemark.dialect;
  exports io.tidemark.snapshot;
}
