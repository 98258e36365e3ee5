package io.tidemark.example.jpa;

import jakarta.persistence.Embeddable;

/** A point on the map, flattened into the table that embeds it. */
@Embeddable
public class Coordinates {
  double latitude;
  double longitude;
}
