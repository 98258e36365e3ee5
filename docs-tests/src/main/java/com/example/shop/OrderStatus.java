package com.example.shop;

public enum OrderStatus {
  OPEN,
  PAID,
  SHIPPED
}
