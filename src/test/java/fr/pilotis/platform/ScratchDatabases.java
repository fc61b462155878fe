package fr.pilotis.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * New databases beside the tests' shared one, on the same server and with the same credentials, so
 * that backup and transfer tests never write into the database other tests read. Drop them when done.
 */
final class ScratchDatabases implements AutoCloseable {

    private final DataSource shared;
    private final JdbcTemplate jdbc;
    private final List<String> created = new ArrayList<>();

    ScratchDatabases(DataSource shared) {
        this.shared = shared;
        this.jdbc = new JdbcTemplate(shared);
    }

    /** A new database migrated to {@code version} (null: the latest). */
    DataSource create(String version) {
        String name = "pilotis_scratch_" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.execute("create database " + name);
        created.add(name);
        HikariDataSource app;
        try {
            app = shared.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DriverManagerDataSource database = new DriverManagerDataSource(
                app.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name),
                app.getUsername(),
                app.getPassword());
        FluentConfiguration flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
        return database;
    }

    @Override
    public void close() {
        created.forEach(name -> jdbc.execute("drop database if exists " + name + " with (force)"));
        created.clear();
    }
}
