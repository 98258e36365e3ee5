package app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
@SequenceGenerator(name = "numbers", sequenceName = "invoiceNumbers", initialValue = 1000,
    allocationSize = 10)
public class Ticket {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
  @GeneratedValue(generator = "numbers") long number;
}
