package io.tidemark.it;

import java.util.Optional;

/**
 * The shop model ({@code roundtrip/v1..v9}): tables, columns, keys, indexes, renames and type
 * changes, with rows written at v1 and v2 that must survive renames and conversions.
 */
class RoundTripIT extends ModelSeries {
  RoundTripIT() {
    super("roundtrip", ItPaths.path("tidemark.roundtripInputs"), 9, "com.example.shop");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return RoundTripData.check(v);
  }
}
