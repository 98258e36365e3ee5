package com.example.views;

import io.tidemark.annotations.View;

@View(query = "SELECT id, name FROM product", dependsOn = Product.class)
public class ProductName {}
