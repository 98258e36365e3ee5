package io.tidemark;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote: the source {@code files} (entities, or the one revision holding the
 * objects outside the model), and those objects, one line each ({@code view public.active}).
 */
public record ImportResult(List<Path> files, List<String> unmodelled) {
  public ImportResult {
    files = List.copyOf(files);
    unmodelled = List.copyOf(unmodelled);
  }
}
