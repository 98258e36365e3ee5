package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Identity;
import io.tidemark.annotations.Table;

@Table
class TextIdentity {
  @Id(generated = Generation.ALWAYS) String code;
}

@Table
class Disagreeing {
  @Id(generated = Generation.ALWAYS) @Identity(generated = Generation.BY_DEFAULT) long id;
}

@Table
class DefaultedIdentity {
  @Id(generated = Generation.BY_DEFAULT) @Column(defaultValue = "0") long id;
  @Column(generatedAs = "id * 2", defaultValue = "1") long twice;
}

@Table
class IdentityAndExpression {
  @Id @Identity @Column(generatedAs = "1") long id;
}

@Table
class BadOptions {
  @Id @Identity(minValue = 10, maxValue = 5) int id;
  @Identity(start = 1, minValue = 5) int second;
  @Identity(maxValue = 40000) short third;
}
