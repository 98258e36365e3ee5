package com.example.views;

import io.tidemark.annotations.MaterializedView;

@MaterializedView(schema = "reports", query = "SELECT id, name FROM product", withData = false,
    dependsOn = Product.class)
public class ProductName {}
