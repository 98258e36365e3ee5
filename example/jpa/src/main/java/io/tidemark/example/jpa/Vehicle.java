package io.tidemark.example.jpa;

import io.tidemark.annotations.References;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A vehicle of a depot: its kind stored by name, its state by ordinal (JPA's default), deleted
 * with its depot.
 */
@Entity
@Table(name = "vehicles", indexes = @Index(columnList = "serialNumber", unique = true))
public class Vehicle {
  public enum Kind { VAN, TRUCK, BIKE }

  public enum State { ACTIVE, SERVICE, RETIRED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 40)
  String serialNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  Kind kind;

  State state;

  @ManyToOne(optional = false)
  @References(table = "depot", onDelete = "CASCADE")
  Depot homeDepot;

  @Version
  long version;
}
