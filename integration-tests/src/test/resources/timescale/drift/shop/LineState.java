package org.example.shop;

import io.tidemark.annotations.EnumType;

/** Where an order line stands: a native enum type. */
@EnumType(schema = "sales")
public enum LineState { OPEN, PACKED, SENT }
