package io.tidemark.it;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs runtime commands on the revisions that {@code loader} holds. */
final class Runner {
  private Runner() {}

  static void upgrade(URLClassLoader loader, String url, String target) {
    run(loader, "upgrade", target, "--url", url);
  }

  static void downgrade(URLClassLoader loader, String url, String target) {
    run(loader, "downgrade", target, "--url", url);
  }

  private static void run(URLClassLoader loader, String... args) {
    List<String> path = new ArrayList<>();
    for (URL url : loader.getURLs()) {
      try {
        path.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(url.toString(), e);
      }
    }
    path.add(System.getProperty("java.class.path"));
    Cli.Result result = Cli.run(String.join(File.pathSeparator, path), args);
    if (result.exitCode() != 0) {
      throw new AssertionError("tidemark " + String.join(" ", args) + " exited "
          + result.exitCode() + ":\n" + result.output());
    }
  }
}
