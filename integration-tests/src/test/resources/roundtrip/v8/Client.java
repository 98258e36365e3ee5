package com.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.RenamedFrom;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.time.Instant;

@Table
@RenamedFrom("customer")
@Unique(columns = {"email", "name"})
public class Client {
  @Id
  long id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String email;

  @Column(defaultValue = "now()")
  Instant createdAt;

  @Column(renamedFrom = "phone")
  String phoneNumber;
}
