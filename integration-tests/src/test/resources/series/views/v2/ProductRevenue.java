package com.example.views;

import io.tidemark.annotations.MaterializedView;

@MaterializedView(
    query = "SELECT p.id, p.name, sum(s.quantity * p.price) AS revenue"
        + " FROM product p JOIN sale s ON s.product_id = p.id GROUP BY p.id, p.name",
    dependsOn = {Product.class, Sale.class})
public class ProductRevenue {}
