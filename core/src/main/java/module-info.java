/**
 * What the processor and the runtime share: the operation records and definitions
 * ({@code io.tidemark.ddl}, the types revisions are written with), the SQL they render to
 * ({@code io.tidemark.dialect}) and the revision-chain rules ({@code io.tidemark.chain}).
 * All three appear in the runtime's API, so all three are exported.
 */
module io.tidemark.core {
  exports io.tidemark.chain;
  exports io.tidemark.ddl;
  exports io.tidemark.dialect;
}
