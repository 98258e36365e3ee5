package com.example.shop;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.time.Instant;

@Table
@Unique(columns = {"email"})
@Index(columns = {"name", "created_at DESC"})
public class Customer {
  @Id
  long id;

  @Column(nullable = false)
  String name;

  String email;

  @Column(defaultValue = "now()")
  Instant createdAt;

  @Acknowledge(rule = "renameColumn", reason = "the round trip runs one version at a time")
  @Column(renamedFrom = "phone")
  String phoneNumber;

  @Column(defaultValue = "0")
  int loyaltyPoints;
}
