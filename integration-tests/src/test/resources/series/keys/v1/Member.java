package com.example.keys;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "tenant", onDelete = "CASCADE")
@Index(columns = {"lower(email)"})
public class Member {
  @Id
  long id;

  @Column(nullable = false)
  long tenantId;

  long parentId;

  String email;

  String name;
}
