package io.tidemark.example.model;

/** Where an ingestion reads from; stored as text with a CHECK of these names. */
public enum SourceType {
  S3,
  HTTP,
  POSTGRES
}
