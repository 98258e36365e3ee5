package io.tidemark.registry;

import io.tidemark.ErrorCode;
import io.tidemark.Migration;
import io.tidemark.Revision;
import io.tidemark.RevisionNode;
import io.tidemark.RevisionRegistry;
import io.tidemark.TidemarkException;
import io.tidemark.chain.ChainCheck;
import io.tidemark.chain.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the revisions (the generated registries on the class path, through
 * {@link ServiceLoader}, or a list given in code), reads each one's {@code @Revision} and checks
 * them against the chain rules before any database work.
 */
public final class ChainLoader {
  private ChainLoader() {}

  /** The graph of {@code migrations}; an empty list is an empty chain. */
  public static RevisionGraph<RevisionNode> of(Collection<? extends Migration> migrations) {
    List<RevisionNode> nodes = new ArrayList<>(migrations.size());
    Set<Class<?>> seen = new HashSet<>();
    for (Migration migration : migrations) {
      // One class listed twice (by two registries, say) is one revision.
      if (seen.add(migration.getClass())) {
        nodes.add(node(migration));
      }
    }
    return ChainCheck.of(nodes, new ChainErrors<RevisionNode>()).graph();
  }

  /** The graph of the revisions of every registry on the class path, merged. */
  public static RevisionGraph<RevisionNode> load(ClassLoader loader) {
    List<Migration> migrations = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
      packages.add(registry.getClass().getPackageName());
      migrations.addAll(registry.revisions());
    }
    try {
      return of(migrations);
    } catch (TidemarkException e) {
      if (e.code() != ErrorCode.TM105 || packages.size() < 2) {
        throw e;
      }
      throw new TidemarkException(ErrorCode.TM105, e.reason() + " The class path holds revision "
          + "registries in " + packages.size() + " packages (" + String.join(", ", packages)
          + "): if they are separate migration sets, choose one with revisionPackage (CLI: "
          + "--revision-package) and give each its own version table.", e);
    }
  }

  /** The graph of the revisions of the registries declared in exactly {@code packageName}. */
  public static RevisionGraph<RevisionNode> load(ClassLoader loader, String packageName) {
    List<Migration> migrations = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    boolean found = false;
    for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
      String registryPackage = registry.getClass().getPackageName();
      packages.add(registryPackage);
      if (registryPackage.equals(packageName)) {
        found = true;
        migrations.addAll(registry.revisions());
      }
    }
    if (!found) {
      throw new TidemarkException(ErrorCode.TM108, "No revision registry in package '"
          + packageName + "' is on the class path (registries found in: "
          + (packages.isEmpty() ? "none" : String.join(", ", packages)) + "). Name the "
          + "package of the revision classes, as given to the processor with "
          + "-Atidemark.package, and make sure its compiled classes are on the class path.");
    }
    return of(migrations);
  }

  /** The revision as its {@code @Revision} declares it. */
  private static RevisionNode node(Migration migration) {
    Revision revision = migration.getClass().getAnnotation(Revision.class);
    if (revision == null) {
      throw new TidemarkException(ErrorCode.TM101, migration.getClass().getName()
          + " is listed as a revision but has no @Revision annotation. Annotate it with "
          + "@Revision(id = ..., parent = ..., message = ...).");
    }
    return new RevisionNode(revision.id(), List.of(revision.parent()), revision.message(),
        migration);
  }
}
