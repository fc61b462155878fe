package fr.pilotis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.support.DatabaseFingerprint;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The backup's round trip on databases of their own beside the tests' shared one (which is only
 * read): the demo data are backed up and restored into a new database, users write into that one
 * while it is backed up, and the second backup restored into another new database holds exactly
 * the rows the backup's snapshot saw — every table, row by row.
 */
@PilotisTest
class BackupRestoreTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BackupTasks tasks;

    @TempDir
    Path dir;

    final DatabaseBackup backups = new DatabaseBackup();
    ScratchDatabases databases;

    @BeforeEach
    void scratch() {
        databases = new ScratchDatabases(dataSource);
    }

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @Test
    void aBackupTakenWhileUsersWriteRestoresEveryRowOfItsInstant() throws Exception {
        Path demo = dir.resolve("demo.zip");
        Map<String, String> demoAtBackup = backupSeeingItsSnapshot(dataSource, demo);
        DataSource copy = databases.create(null);
        backups.restore(copy, demo);
        assertThat(DatabaseFingerprint.of(new JdbcTemplate(copy))).isEqualTo(demoAtBackup);

        Path written = dir.resolve("written.zip");
        long network = DemoNetworks.mainId(new JdbcTemplate(copy));
        AtomicInteger files = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService users = Executors.newFixedThreadPool(2);
        List<Future<?>> writing = new ArrayList<>();
        for (int user = 0; user < 2; user++) {
            writing.add(users.submit(() -> {
                while (!stop.get()) {
                    storeFile(copy, network);
                    files.incrementAndGet();
                }
                return null;
            }));
        }
        while (files.get() < 5) {
            Thread.sleep(10);
        }
        Map<String, String> atBackup;
        DatabaseBackup.Manifest manifest;
        try {
            atBackup = backupSeeingItsSnapshot(copy, written);
        } finally {
            stop.set(true);
            for (Future<?> user : writing) {
                user.get(30, TimeUnit.SECONDS);
            }
            users.shutdown();
        }
        DataSource restored = databases.create(null);
        manifest = backups.restore(restored, written);

        JdbcTemplate restoredRows = new JdbcTemplate(restored);
        assertThat(DatabaseFingerprint.of(restoredRows)).isEqualTo(atBackup).isNotEqualTo(demoAtBackup);
        long concurrent = restoredRows.queryForObject(
                "select count(*) from stored_file where file_name = 'concurrent.pdf'", Long.class);
        assertThat(concurrent).isBetween(5L, files.get() - 1L);
        assertThat(restoredRows.queryForObject(
                        "select count(*) from stored_file f where f.file_name = 'concurrent.pdf' and (f.sha256 = ''"
                                + " or 2 <> (select count(*) from stored_file_chunk c where c.file_id = f.id))",
                        Long.class))
                .as("half-written files")
                .isZero();
        manifest.sequences()
                .forEach((sequence, value) -> assertThat(restoredRows.queryForObject(
                                "select last_value from " + DatabaseBackup.quote(sequence), Long.class))
                        .as(sequence)
                        .isEqualTo(value.lastValue()));
    }

    @Test
    void refusesADatabaseThatIsNotEmptyOrOfAnotherSchemaVersion() throws Exception {
        Path demo = dir.resolve("demo.zip");
        backups.backup(dataSource, demo);

        assertThatThrownBy(() -> backups.restore(dataSource, demo))
                .isInstanceOf(DatabaseBackup.Refused.class)
                .hasMessageContaining("not empty");
        DataSource older = databases.create("10");
        assertThatThrownBy(() -> backups.restore(older, demo))
                .isInstanceOf(DatabaseBackup.Refused.class)
                .hasMessageStartingWith("The backup is of schema version")
                .hasMessageContaining("this database of version 10");
        assertThat(new JdbcTemplate(older).queryForObject("select count(*) from network", Long.class))
                .isZero();
        assertThatThrownBy(() -> backups.backup(dataSource, demo))
                .isInstanceOf(DatabaseBackup.Refused.class)
                .hasMessageContaining("exists already");
    }

    @Test
    void theOperatorsTasksAnswerWithTheirExitCode() {
        Path file = dir.resolve("task.zip");

        assertThat(tasks.run("backup", file.toString(), "")).isZero();
        assertThat(file).isNotEmptyFile();
        assertThat(tasks.run("restore", file.toString(), ""))
                .as("into this non-empty database")
                .isEqualTo(2);
        assertThat(tasks.run("restore", dir.resolve("none.zip").toString(), "")).isEqualTo(2);
        assertThat(tasks.run("backup", "", "")).isEqualTo(2);
        assertThat(tasks.run("export-network", dir.resolve("n.zip").toString(), ""))
                .isEqualTo(2);
    }

    /** Backs up, and fingerprints in another transaction that imports the backup's snapshot. */
    private Map<String, String> backupSeeingItsSnapshot(DataSource source, Path file) throws Exception {
        AtomicReference<Map<String, String>> fingerprint = new AtomicReference<>();
        try (Connection seeing = source.getConnection();
                OutputStream out = Files.newOutputStream(file)) {
            seeing.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            seeing.setAutoCommit(false);
            backups.backup(source, out, snapshot -> {
                try (var statement = seeing.createStatement()) {
                    statement.execute("set transaction snapshot '" + snapshot + "'");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            fingerprint.set(DatabaseFingerprint.of(new JdbcTemplate(new SingleConnectionDataSource(seeing, true))));
            seeing.rollback();
        }
        return fingerprint.get();
    }

    /** What an upload writes: the file, then its chunks, then its checksum, in one transaction. */
    private static void storeFile(DataSource database, long network) {
        JdbcTemplate rows = new JdbcTemplate(database);
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status -> {
            long id = rows.queryForObject("select nextval('stored_file_seq')", Long.class);
            rows.update(
                    "insert into stored_file (id, network_id, file_name, content_type, size_bytes, sha256)"
                            + " values (?, ?, 'concurrent.pdf', 'application/pdf', 6, '')",
                    id,
                    network);
            rows.update(
                    "insert into stored_file_chunk (network_id, file_id, chunk_no, bytes)"
                            + " values (?, ?, 0, 'abc'::bytea), (?, ?, 1, 'def'::bytea)",
                    network,
                    id,
                    network,
                    id);
            rows.update("update stored_file set sha256 = md5(id::text) where id = ?", id);
        });
    }
}
