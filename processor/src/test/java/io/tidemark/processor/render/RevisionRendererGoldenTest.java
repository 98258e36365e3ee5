package io.tidemark.processor.render;

import static io.tidemark.processor.render.Revisions.render;

import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionRendererGoldenTest {
  @Test
  void render_addedColumn_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_9f8e7d"), Nodes.schema(Revisions.USERS),
        Nodes.schema(Revisions.USERS_WITH_EMAIL), Renames.NONE);
    Golden.assertMatches("AddUsersEmail.java.txt", revision.javaSource());
  }

  @Test
  void render_baseRevisionWithSchemaConstraintsIndexesAndForeignKeys_matchesGolden() {
    RenderedRevision revision = render(1, List.of(), Schema.EMPTY, Revisions.shop(), Renames.NONE);
    Golden.assertMatches("CreateShop.java.txt", revision.javaSource());
  }

  @Test
  void render_renamesAndColumnChanges_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.shop(), Revisions.shopEvolved(),
        Revisions.SHOP_RENAMES);
    Golden.assertMatches("EvolveShop.java.txt", revision.javaSource());
  }

  @Test
  void render_hypertableWithCompressionPoliciesAndAggregate_matchesGolden() {
    RenderedRevision revision = render(1, List.of(), Schema.EMPTY, Revisions.timescale(), Renames.NONE);
    Golden.assertMatches("CreateHegemony.java.txt", revision.javaSource());
  }

  @Test
  void render_timescaleChanges_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.timescale(),
        Revisions.timescaleEvolved(), Renames.NONE);
    Golden.assertMatches("EvolveHegemony.java.txt", revision.javaSource());
  }

  @Test
  void render_mergeRevision_matchesGolden() {
    RenderedRevision revision = RevisionRenderer.render(Revisions.PACKAGE, 3,
        List.of("0002_aaaaaa", "0002_bbbbbb"), new DiffResult(List.of(), List.of(), List.of()), Revisions.shop());
    Golden.assertMatches("Merge.java.txt", revision.javaSource());
  }
}
