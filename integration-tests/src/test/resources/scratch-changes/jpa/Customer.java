package com.example.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
  @Id
  long id;

  @Column(nullable = false, length = 100)
  String name;
}
