package io.tidemark;

import io.tidemark.cli.Cli;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tidemark} command line: {@code java -cp <app>:<deps> io.tidemark.Tidemark upgrade
 * head}. Exit codes: 0 success, 1 error, 2 invalid command line, 3 check failed.
 */
public final class Tidemark {
  private Tidemark() {}

  public static void main(String[] args) {
    Cli.warmUp(Thread.currentThread().getContextClassLoader());
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    int code = Cli.run(args, System.getenv(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
