package fr.pilotis.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from binaries fetched as a Maven dependency, so that the default run and
 * the tests need nothing but a JDK. Production points {@code spring.datasource.*} at its own server
 * and turns this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pilotis.embedded-postgres.enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The throw-away database of the tests: one per JVM, shared by every test context. */
    private static EmbeddedPostgres throwAway;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresProperties properties) throws IOException {
        boolean throwAwayData =
                properties.dataDirectory() == null || properties.dataDirectory().isBlank();
        EmbeddedPostgres postgres = throwAwayData
                ? throwAwayDatabase(properties.port())
                : persistentDatabase(Path.of(properties.dataDirectory()), properties.port());
        HikariDataSource dataSource = throwAwayData ? new HikariDataSource() : new StoppingDataSource(postgres);
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("pilotis-embedded");
        return dataSource;
    }

    private static synchronized EmbeddedPostgres throwAwayDatabase(int port) throws IOException {
        if (throwAway == null) {
            throwAway = startWithRetries(() -> builder(port).start(), null);
            EmbeddedPostgres started = throwAway;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
            log.info("Throw-away embedded PostgreSQL started on port {}", throwAway.getPort());
        }
        return throwAway;
    }

    private static EmbeddedPostgres persistentDatabase(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        // zonky turns durability off for speed; the default run keeps real data, so turn it back on.
        EmbeddedPostgres postgres = startWithRetries(
                () -> builder(port)
                        .setDataDirectory(directory.toAbsolutePath())
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start(),
                directory);
        log.info(
                "Embedded PostgreSQL started on port {} with its data in {}",
                postgres.getPort(),
                directory.toAbsolutePath());
        return postgres;
    }

    interface Start {
        EmbeddedPostgres start() throws IOException;
    }

    /**
     * Started as root, zonky runs initdb in a user namespace ({@code unshare -U}); on rare starts that
     * check fails and initdb refuses to run as root. Another attempt succeeds, so try three times,
     * wiping a data directory that a failed first initdb left half-made.
     */
    static EmbeddedPostgres startWithRetries(Start start, Path directory) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.start();
            } catch (IOException | RuntimeException failed) {
                if (attempt == 3) {
                    throw failed;
                }
                log.warn("Embedded PostgreSQL did not start (attempt {}): {}", attempt, failed.getMessage());
                if (directory != null && !Files.exists(directory.resolve("PG_VERSION"))) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(directory);
                    Files.createDirectories(directory);
                }
            }
        }
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
        if (port > 0) {
            // A busy fixed port would make zonky's readiness check talk to whatever holds it.
            requireFree(port);
            builder.setPort(port);
        }
        return builder;
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException busy) {
            throw new UncheckedIOException(
                    "Port " + port + " is taken: set pilotis.embedded-postgres.port to a free port, or 0 for any",
                    busy);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Stops the persistent database once the pool that uses it is closed, when the app stops. */
    private static final class StoppingDataSource extends HikariDataSource {

        private final transient EmbeddedPostgres postgres;

        StoppingDataSource(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        @Override
        public void close() {
            super.close();
            closeQuietly(postgres);
        }
    }
}
