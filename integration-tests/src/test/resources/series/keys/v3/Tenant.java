package com.example.keys;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(name = "tenant_code_key", columns = "code", unique = true, nullsNotDistinct = true)
public class Tenant {
  @Id
  long tenantId;

  @Id
  long id;

  String code;
}
