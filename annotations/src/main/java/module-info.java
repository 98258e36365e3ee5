/** The entity annotations the Tidemark processor reads; nothing else. */
module io.tidemark.annotations {
  exports io.tidemark.annotations;
}
