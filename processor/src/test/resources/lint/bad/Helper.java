package app;

import io.tidemark.annotations.Acknowledge;

@Acknowledge(rule = "TM200", reason = "not an entity")
class Helper {}
