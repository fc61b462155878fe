package fr.pilotis.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The opt-in: {@code ./mvnw verify -Ptestcontainers} runs the tests on a PostgreSQL container
 * instead of the embedded binaries (needs a Docker engine).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @ServiceConnection
    @ConditionalOnProperty(name = "pilotis.test.database", havingValue = "testcontainers")
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:18-alpine");
    }
}
