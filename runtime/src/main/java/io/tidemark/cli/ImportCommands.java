package io.tidemark.cli;

import io.tidemark.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code import} and {@code revision --unmodelled}: a live database into entities and SQL. */
final class ImportCommands {
  private ImportCommands() {}

  /** {@code import --package PACKAGE [--dir DIR] [--force]}. */
  record Import(TidemarkCommand root, Path dir, String packageName, boolean force)
      implements Callable<Integer> {
    @Override
    public Integer call() {
      ImportResult result = root.migrator().importEntities(dir, packageName, force);
      PrintWriter out = root.out();
      if (root.json) {
        out.println(Json.write(json(result)));
      } else {
        out.println("Wrote " + result.files().size() + " entity class(es) to "
            + dir.resolve(packageName.replace('.', '/')) + ".");
        if (!result.unmodelled().isEmpty()) {
          out.println("Outside the model (write them into a revision with 'revision "
              + "--unmodelled' once the baseline is compiled):");
          result.unmodelled().forEach(line -> out.println("  " + line));
        }
        out.println("Next: compile, so the processor writes the baseline revision.");
      }
      out.flush();
      return 0;
    }
  }

  /** {@code revision --unmodelled --package PACKAGE [--dir DIR] [-m MESSAGE]}. */
  record Unmodelled(TidemarkCommand root, Path dir, String packageName, String message)
      implements Callable<Integer> {
    @Override
    public Integer call() {
      ImportResult result = root.migrator().importUnmodelled(dir, packageName, message);
      PrintWriter out = root.out();
      if (root.json) {
        out.println(Json.write(json(result)));
      } else if (result.files().isEmpty()) {
        out.println("Nothing outside the model: no revision written.");
      } else {
        out.println("Generated " + result.files().get(0) + " with " + result.unmodelled().size()
            + " object(s) outside the model:");
        result.unmodelled().forEach(line -> out.println("  " + line));
        out.println("Review it, then compile.");
      }
      out.flush();
      return 0;
    }
  }

  private static Map<String, Object> json(ImportResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("files", result.files().stream().map(Path::toString).toList());
    json.put("unmodelled", result.unmodelled());
    return json;
  }
}
