package com.example.views;

import io.tidemark.annotations.View;

@View(query = "SELECT id, upper(name) AS name FROM product_name", dependsOn = ProductName.class)
public class ShoutedName {}
