package app;

import io.tidemark.annotations.Table;

@Table
class NoPrimaryKey {
  String line;
}
