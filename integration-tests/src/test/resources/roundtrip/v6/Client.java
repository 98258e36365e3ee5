package com.example.shop;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.RenamedFrom;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.time.Instant;

@Table
@RenamedFrom("customer")
@Acknowledge(rule = "renameTable", reason = "the round trip runs one version at a time")
@Unique(columns = {"email"})
@Index(columns = {"name", "created_at DESC"})
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

  @Column(defaultValue = "10")
  long loyaltyPoints;
}
