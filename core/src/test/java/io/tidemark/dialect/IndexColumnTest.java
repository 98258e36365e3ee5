package io.tidemark.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexColumnTest {
  private static String normalized(String entry) {
    return IndexColumn.parse(entry).normalized().entry();
  }

  @Test
  void normalized_directionsAndNulls_leaveOutPostgresDefaults() {
    assertEquals("timebin DESC", normalized("timebin desc"));
    assertEquals("x", normalized("x ASC NULLS LAST"));
    assertEquals("x NULLS FIRST", normalized("x  asc nulls first"));
    assertEquals("x DESC", normalized("x DESC NULLS FIRST"));
    assertEquals("x DESC NULLS LAST", normalized("x DESC NULLS LAST"));
    assertEquals("x", IndexColumn.parse("x DESC").column());
    assertTrue(IndexColumn.parse("x DESC").descending());
  }

  @Test
  void sql_keepsWhatWasWritten_andQuotesTheColumnWhereNeeded() {
    assertEquals("x ASC NULLS LAST", IndexColumn.parse("x asc  nulls last").sql());
    assertEquals("\"order\" DESC", IndexColumn.parse("order desc").sql());
    assertEquals("\"Ts\"", IndexColumn.parse("Ts").sql());
    assertEquals("\"My \"\"Col\"\"\" DESC", IndexColumn.parse("\"My \"\"Col\"\"\" DESC").sql());
    assertEquals("My \"Col\"", IndexColumn.parse("\"My \"\"Col\"\"\" DESC").column());
  }

  @Test
  void entry_ofAColumnThatIsNoPlainWord_isQuoted() {
    assertEquals("\"my col\" DESC", IndexColumn.parse("\"my col\" desc").entry());
    assertEquals("Ts NULLS FIRST", IndexColumn.parse("\"Ts\" NULLS FIRST").entry());
  }

  @Test
  void parse_expressions_inParenthesesOrAsFunctionCalls() {
    IndexColumn call = IndexColumn.parse("lower(email)");
    assertEquals("lower(email)", call.expression());
    assertEquals("(lower(email))", call.sql());
    assertEquals("(lower(email)) DESC", IndexColumn.parse("(lower(email)) desc").sql());
    assertEquals("public.f(a, \"B\")", IndexColumn.parse("public.f(a, \"B\")").expression());
    assertEquals("coalesce(note, ')')", IndexColumn.parse("(coalesce(note, ')'))").expression());
    assertEquals("a + b", IndexColumn.parse("((a + b))").normalized().expression());
  }

  @Test
  void tryParse_whatIsNoEntry_isEmpty() {
    for (String text : new String[] {"", "x NULLS", "ts DESC sideways", "(a", "a.b",
        "x DESC ASC", "x COLLATE", "x COLLATE \"C\" DESC ops", "email \"ops\"", "\"\"", "1x"}) {
      assertFalse(IndexColumn.tryParse(text).isPresent(), text);
    }
  }

  @Test
  void parse_noEntry_namesItAndTheGrammar() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndexColumn.parse("ts DESC sideways"));
    assertEquals("not a valid index column: \"ts DESC sideways\"; write col [COLLATE name]"
        + " [opclass] [ASC|DESC] [NULLS FIRST|LAST], for example \"ts DESC NULLS LAST\" or"
        + " \"email text_pattern_ops\", or an expression in parentheses", e.getMessage());
  }

  @Test
  void parse_collationAndOperatorClass_keptInTheirOrder() {
    IndexColumn entry = IndexColumn.parse("email collate \"C\" Text_Pattern_Ops desc");
    assertEquals("C", entry.collation());
    assertEquals("text_pattern_ops", entry.opclass());
    assertEquals("email COLLATE \"C\" text_pattern_ops DESC", entry.sql());
    assertEquals("lower(email) COLLATE posix", IndexColumn.parse("lower(email) COLLATE posix").sql()
        .replace("(lower(email))", "lower(email)"));
    assertEquals("public.gin_trgm_ops", IndexColumn.parse("note public.gin_trgm_ops").opclass());
  }

  @Test
  void keysOf_definition_splitsTheKeyListAtTopLevelCommas() {
    assertEquals(List.of("lower(email, ',') COLLATE \"C\"", "\"a,b\" DESC", "((x + y))"),
        IndexColumn.keysOf("CREATE INDEX i ON public.t USING btree (lower(email, ',') COLLATE"
            + " \"C\", \"a,b\" DESC, ((x + y))) INCLUDE (z) WHERE (z > 0)"));
  }

  @Test
  void withColumn_keepsTheOrder() {
    assertEquals("amount DESC NULLS LAST",
        IndexColumn.parse("n DESC NULLS LAST").withColumn("amount").entry());
  }
}
