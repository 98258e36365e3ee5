package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.util.Map;

@Table
record BadRecord(@Id long id, @Column(type = "jsonb") Object payload, Map<String, String> attrs) {}
