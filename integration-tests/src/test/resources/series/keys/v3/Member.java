package com.example.keys;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;

@Table
@ForeignKey(name = "member_parent_fkey", columns = {"tenant_id", "parent_id"}, table = "tenant",
    referencedColumns = {"tenant_id", "id"}, onDelete = "CASCADE")
@Unique(columns = {"tenant_id", "email"})
@Index(columns = {"lower(email) COLLATE \"C\"", "name text_pattern_ops DESC"})
public class Member {
  @Id
  long id;

  @Column(nullable = false)
  long tenantId;

  long parentId;

  String email;

  String name;

  @References(table = "member", deferrable = true)
  Long mentorId;
}
