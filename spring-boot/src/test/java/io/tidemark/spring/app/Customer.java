package io.tidemark.spring.app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A JPA entity whose table Tidemark's revisions create; Hibernate only validates it. */
@Entity
@jakarta.persistence.Table(name = "customer")
@Table(name = "customer")
public class Customer {
  @Id
  @io.tidemark.annotations.Id
  private long id;

  @jakarta.persistence.Column(name = "name", length = 100, nullable = false)
  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @jakarta.persistence.Column(name = "email", length = 200)
  @Column(name = "email", length = 200)
  private String email;

  protected Customer() {}

  public Customer(long id, String name, String email) {
    this.id = id;
    this.name = name;
    this.email = email;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }
}
