package fr.pilotis.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the default run and of the tests.
 *
 * @param enabled start it (off in the prod profile, which uses {@code spring.datasource.*})
 * @param dataDirectory where its data live across restarts; empty for a throw-away database
 *     shared by everything in this JVM (the tests)
 * @param port 0 for a free port, or a fixed port that must be free
 */
@ConfigurationProperties("pilotis.embedded-postgres")
record EmbeddedPostgresProperties(boolean enabled, String dataDirectory, int port) {}
