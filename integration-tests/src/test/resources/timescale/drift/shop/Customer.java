package org.example.shop;

import io.tidemark.annotations.Check;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** A customer, with every column feature the drift check compares. */
@Table
@Index(columns = "email", unique = true, where = "email IS NOT NULL")
@Index(columns = {"name", "created_at DESC"}, include = "email")
@Index(columns = "tags", using = "gin")
@Check(name = "customer_name_check", expression = "length(name) > 0")
public class Customer {
  @Id long id;

  @Column(nullable = false) String name;

  String email;

  @Column(nullable = false, defaultValue = "now()") Instant createdAt;

  @Column(defaultValue = "'ACTIVE'") Status status;

  @Column(type = "text[]") String[] tags;
}
