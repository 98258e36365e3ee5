package io.tidemark.processor.snapshot;

import java.util.List;

/** Compression settings; {@code after} is the policy interval, {@code null} for no policy. */
public record CompressionNode(List<String> segmentBy, List<String> orderBy, String after) {
  public CompressionNode {
    segmentBy = List.copyOf(segmentBy);
    orderBy = List.copyOf(orderBy);
  }
}
