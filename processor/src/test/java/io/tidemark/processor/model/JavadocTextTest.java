package io.tidemark.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
  @Test
  void firstParagraph_stopsAtBlankLineParagraphOrBlockTag() {
    assertEquals("One order.", JavadocText.firstParagraph(" One order.\n\n More.\n"));
    assertEquals("One order.", JavadocText.firstParagraph(" One order.\n <p>More.\n"));
    assertEquals("One order, paid or not.",
        JavadocText.firstParagraph(" One order,\n   paid or not.\n @see Customer\n"));
  }

  @Test
  void firstParagraph_inlineTagsAndHtml_reducedToText() {
    assertEquals("Number from orders_seq, see the customer and Customer.credit, a < b & {c}.",
        JavadocText.firstParagraph("Number from {@code orders_seq}, see {@link Customer the"
            + " customer} and {@linkplain Customer#credit}, <i>a</i> {@literal <} b &amp;"
            + " {@code {c}}."));
  }

  @Test
  void firstParagraph_nothingLeft_isNull() {
    assertNull(JavadocText.firstParagraph(null));
    assertNull(JavadocText.firstParagraph("\n @deprecated use x\n"));
    assertNull(JavadocText.firstParagraph("<p>"));
  }

  @Test
  void param_recordComponent_isItsParamText() {
    String doc = " A reading.\n @param ts when it was taken,\n   in UTC\n @param value what\n";
    assertEquals("when it was taken, in UTC", JavadocText.param(doc, "ts"));
    assertEquals("what", JavadocText.param(doc, "value"));
    assertNull(JavadocText.param(doc, "t"));
  }
}
