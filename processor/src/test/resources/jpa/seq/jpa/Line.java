package app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity(name = "LineItem")
public class Line {
  @Id @GeneratedValue long id;
}
