package io.tidemark.example.model;

/** The life cycle of one ingestion run; stored as text with a CHECK of these names. */
public enum RunStatus {
  PENDING,
  RUNNING,
  SUCCEEDED,
  FAILED
}
