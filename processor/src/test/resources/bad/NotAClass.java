package app;

import io.tidemark.annotations.Table;

@Table
interface NotAClass {
  String name();
}
