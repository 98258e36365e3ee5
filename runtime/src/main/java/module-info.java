/**
 * The Tidemark runtime. Its API is the one package {@code io.tidemark}: {@code Migrator} and its
 * builder, the revision types ({@code Migration}, {@code Revision}, {@code Operations},
 * {@code Ddl}), the records the commands return and the CLI's {@code Tidemark}. With it come
 * the core's operation records, which revisions are written with. The executor, the version
 * table, the lock, the registry loader and the CLI's internals are not exported.
 */
module io.tidemark.runtime {
  requires transitive io.tidemark.core;
  requires transitive java.sql;
  requires java.compiler;
  requires java.management;
  requires com.palantir.javapoet;
  requires org.postgresql.jdbc;

  exports io.tidemark;

  uses io.tidemark.RevisionRegistry;
}
