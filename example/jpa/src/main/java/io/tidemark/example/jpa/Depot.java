package io.tidemark.example.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A site that vehicles start from: a key drawn from a sequence ({@code depot_seq}, increment 50,
 * as Hibernate names and creates it) and a unique name.
 */
@Entity
public class Depot {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(nullable = false, unique = true, length = 80)
  String name;

  String city;
}
