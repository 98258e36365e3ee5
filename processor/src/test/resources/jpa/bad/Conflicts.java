package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.EnumType;
import io.tidemark.annotations.References;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
@jakarta.persistence.Table(name = "orders")
@io.tidemark.annotations.Table(name = "order_rows")
class Conflicts {
  @EnumType enum State { OPEN, DONE }

  @Id long id;
  @jakarta.persistence.Column(name = "label") @Column(name = "title") String named;
  @jakarta.persistence.Column(nullable = false) @Column(nullable = true) String optional;
  @jakarta.persistence.Column(length = 40) @Column(length = 80) String sized;
  @jakarta.persistence.Column(columnDefinition = "jsonb") @Column(type = "json") String typed;
  @jakarta.persistence.Column(unique = true) @Column(unique = false) String keyed;
  State state;
  @ManyToOne @References(table = "nowhere") Parent parent;
}

@Entity
class Parent {
  @Id long id;
}
