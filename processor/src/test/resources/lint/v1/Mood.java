package app;

import io.tidemark.annotations.EnumType;

@EnumType
public enum Mood { CALM, GLAD, SAD }
