/**
 * Annotations that describe tables, indexes, constraints and TimescaleDB objects on
 * entity classes. The Tidemark annotation processor reads them during {@code javac}.
 */
package io.tidemark.annotations;
