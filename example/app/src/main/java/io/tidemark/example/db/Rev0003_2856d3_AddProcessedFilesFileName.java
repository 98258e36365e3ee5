package io.tidemark.example.db;

import static io.tidemark.Ddl.column;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0003_2856d3", parent = "0002_2c846c", message = "add processed_files.file_name")
public final class Rev0003_2856d3_AddProcessedFilesFileName implements Migration {
  @Override
  public void upgrade(Operations op) {
    // Edited by hand: existing rows have no file name, so add the column nullable, fill it
    // from the path (the part after the last '/'), then make it NOT NULL.
    op.addColumn("processed_files", column("file_name", "text"));
    op.sql("UPDATE processed_files SET file_name = regexp_replace(path, '^.*/', '')"
        + " WHERE file_name IS NULL");
    op.setNotNull("processed_files", "file_name");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("processed_files", "file_name");
  }
}
