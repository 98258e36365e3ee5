package io.tidemark.spring.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of customers. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {}
