package com.example.keys;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Tenant {
  @Id
  long tenantId;

  @Id
  long id;

  String code;
}
