package io.tidemark.example.jpa;

import io.tidemark.Migrator;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hibernate 7's schema validation, with Spring Boot's naming, against the schema the example's
 * generated revisions build on TimescaleDB: a sequence and an identity key, enums by name and by ordinal, an embeddable, a
 * composite key with a relation, and a hypertable.
 */
@ExtendWith(TimescaleExtension.class)
class HibernateValidationTest {
  @Test
  void hibernateValidate_exampleRevisionsApplied_acceptsTheSchema(TimescaleServer server) {
    Migrator.builder().url(server.url()).revisionPackage("io.tidemark.example.jpa.db").build()
        .upgrade("head");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("hibernate.connection.url", server.url())
        .applySetting("hibernate.connection.pool_size", "1")
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .applySetting("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry).addAnnotatedClass(Depot.class)
          .addAnnotatedClass(Vehicle.class).addAnnotatedClass(PositionReport.class);

      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
