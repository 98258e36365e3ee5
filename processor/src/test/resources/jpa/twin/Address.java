package app;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  String street;
  @Column(name = "zipCode", length = 10) String zip;
}
