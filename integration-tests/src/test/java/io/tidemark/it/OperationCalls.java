package io.tidemark.it;

import io.tidemark.Operations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the {@link Operations} methods a revision source calls, by name. */
final class OperationCalls {
  private OperationCalls() {}

  static Map<String, Integer> count(String source) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Method method : Operations.class.getMethods()) {
      if (method.getDeclaringClass() != Operations.class
          || Modifier.isStatic(method.getModifiers()) || method.getName().equals("recorded")) {
        continue;
      }
      Matcher m = Pattern.compile("\\.\\s*" + method.getName() + "\\s*\\(").matcher(source);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n > 0) {
        counts.merge(method.getName(), n, (a, b) -> a);
      }
    }
    return counts;
  }
}
