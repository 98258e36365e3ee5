package io.tidemark.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void quote_specialCharacters_escapedAsGsonDoes() {
    assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028<>&='é\"",
        JsonText.quote("a\"b\\c\nd\te\u0001f\u2028<>&='é"));
  }

  @Test
  void parse_quotedText_givesTheTextBack() {
    String text = "x\"y\\z\n\t\u0001\u2029é";
    assertEquals(text, JsonText.parse(JsonText.quote(text)));
  }

  @Test
  void parse_nestedValues_givesMapsListsAndScalars() {
    Object value = JsonText.parse("{\"a\": [1, -2.5e3, true, false, null], \"b\": {}}");
    Map<?, ?> map = (Map<?, ?>) value;
    List<?> list = (List<?>) map.get("a");
    assertEquals(new BigDecimal("1"), list.get(0));
    assertEquals(new BigDecimal("-2.5e3"), list.get(1));
    assertEquals(Boolean.TRUE, list.get(2));
    assertEquals(JsonText.NULL, list.get(4));
    assertEquals(Map.of(), map.get("b"));
  }

  @Test
  void parse_malformed_namesLineAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonText.parse("{\n  \"a\": 01\n}"));
    assertEquals("malformed number 01 at line 2 column 8", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JsonText.parse("[1, 2"));
    assertEquals("the text ends where ']' is expected at line 1 column 6", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{'a': 1}"));
    assertEquals("expected a name in double quotes at line 1 column 2", e.getMessage());
  }
}
