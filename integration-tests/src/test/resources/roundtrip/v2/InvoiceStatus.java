package com.example.shop;

public enum InvoiceStatus {
  OPEN,
  PAID,
  VOID
}
