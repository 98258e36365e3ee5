package org.example.shop;

import io.tidemark.annotations.View;

/** The customers who may order. */
@View(query = "SELECT id, name FROM customer WHERE status = 'ACTIVE'", dependsOn = Customer.class)
public class ActiveCustomer {}
