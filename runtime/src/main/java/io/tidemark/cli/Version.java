package io.tidemark.cli;

import io.tidemark.internal.picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, for {@code --version}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"tidemark " + (version == null ? "(development build)" : version)};
  }
}
