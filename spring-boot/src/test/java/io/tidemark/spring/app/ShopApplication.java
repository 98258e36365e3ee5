package io.tidemark.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application the tests start: Spring Data JPA on Tidemark's schema. */
@SpringBootApplication
public class ShopApplication {}
