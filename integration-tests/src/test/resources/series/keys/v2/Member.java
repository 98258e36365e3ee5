package com.example.keys;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;

@Table
@ForeignKey(columns = {"tenant_id", "parent_id"}, table = "tenant", onDelete = "CASCADE",
    deferrable = true, initiallyDeferred = true)
@Unique(columns = {"tenant_id", "email"}, nullsNotDistinct = true)
@Index(columns = {"lower(email) COLLATE \"C\"", "name text_pattern_ops DESC"})
public class Member {
  @Id
  long id;

  @Column(nullable = false)
  long tenantId;

  long parentId;

  String email;

  String name;
}
