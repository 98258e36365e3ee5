package org.example.shop;

/** Whether a customer may order. */
public enum Status { ACTIVE, BLOCKED }
