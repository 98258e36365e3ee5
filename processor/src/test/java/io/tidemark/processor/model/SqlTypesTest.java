package io.tidemark.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int | integer",
      "INT4 | integer",
      "integer | integer",
      "int8 | bigint",
      "int2 | smallint",
      "bool | boolean",
      "float8 | double precision",
      "float4 | real",
      "float(10) | real",
      "float(53) | double precision",
      "varchar(20) | character varying(20)",
      "VARCHAR (20) | character varying(20)",
      "character  varying(20) | character varying(20)",
      "varchar | character varying",
      "char | character(1)",
      "char(3) | character(3)",
      "decimal(10, 2) | numeric(10,2)",
      "numeric(10) | numeric(10,0)",
      "numeric | numeric",
      "timestamptz | timestamp with time zone",
      "timestamptz(3) | timestamp(3) with time zone",
      "timestamp | timestamp without time zone",
      "timestamp(6) without time zone | timestamp(6) without time zone",
      "time | time without time zone",
      "timetz | time with time zone",
      "jsonb | jsonb",
      "int[] | integer[]",
      "text[][] | text[][]",
      "\"MyType\" | \"MyType\""})
  void normalize_aliases_canonicalSpelling(String written, String canonical) {
    assertThat(SqlTypes.normalize(written)).isEqualTo(canonical);
  }
}
