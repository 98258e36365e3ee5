package com.example.comments;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

/**
 * Someone who is invoiced.
 *
 * @param id the customer's key
 * @param name the name on invoices
 */
@Table
public record Customer(@Id long id, String name) {}
