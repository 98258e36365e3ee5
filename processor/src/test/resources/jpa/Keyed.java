package app;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
class Keyed {
  @EmbeddedId Key key;
  @Embedded @AttributeOverride(name = "a", column = @Column(name = "home_a"))
  @AttributeOverride(name = "b", column = @Column(name = "home_b", nullable = false))
  Key home;
}

@Embeddable
class Key {
  Long a;
  Long b;
}
