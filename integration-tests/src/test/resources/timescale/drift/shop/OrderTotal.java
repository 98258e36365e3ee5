package org.example.shop;

import io.tidemark.annotations.MaterializedView;

/** What each customer ordered in all. */
@MaterializedView(schema = "sales",
    query = "SELECT customer_id, sum(total) AS total FROM sales.orders GROUP BY customer_id",
    dependsOn = Order.class)
public class OrderTotal {}
