package app;

import io.tidemark.annotations.References;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

@Entity
public class PurchaseOrder {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) @References(table = "customers", onDelete = "CASCADE")
  Customer customer;
  @OneToOne @JoinColumn(name = "previous") PurchaseOrder previousOrder;
}
