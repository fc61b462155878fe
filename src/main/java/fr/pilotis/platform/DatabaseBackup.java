package fr.pilotis.platform;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consistent copy of the whole database over JDBC, with nothing installed beside the application
 * (the embedded bundle has no {@code pg_dump}, and a packaged one may refuse a newer server).
 *
 * <p>Backup: one read-only repeatable-read transaction reads every table with {@code COPY … TO STDOUT}
 * into one zip file, so the copy is the database as it was at one instant while users go on writing;
 * {@code manifest.json} holds the schema version, each table's columns, rows and SHA-256, and every
 * sequence's value. Restore: into a database migrated to the same schema version and holding no
 * row, every table with {@code COPY … FROM STDIN} in foreign-key order, the sequences set back,
 * counts and checksums verified, all in one transaction (a failed restore leaves the database empty).
 */
class DatabaseBackup {

    static final String MANIFEST = "manifest.json";
    static final String HISTORY = "flyway_schema_history";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Manifest(
            int format, String schemaVersion, Instant takenAt, List<Table> tables, Map<String, Sequence> sequences) {}

    record Table(String name, List<String> columns, long rows, String sha256) {}

    record Sequence(long lastValue, boolean called) {}

    /** A restore or backup refused for a reason the operator can fix, said in one line. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Writes the backup to {@code file}, never over an existing one. */
    Manifest backup(DataSource source, Path file) {
        return writeNew(file, out -> backup(source, out, snapshot -> {}));
    }

    interface Writing<T> {
        T to(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file beside {@code file}, moved into place once complete: never a half-written file. */
    static <T> T writeNew(Path file, Writing<T> writing) {
        if (Files.exists(file)) {
            throw new Refused(file + " exists already: choose a new file name");
        }
        try {
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".pilotis-", ".part");
            try {
                T written;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    written = writing.to(out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                return written;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param snapshotTaken told the exported snapshot's name while the backup's transaction is open, so
     *     that another transaction may see exactly what the backup sees
     */
    Manifest backup(DataSource source, OutputStream out, Consumer<String> snapshotTaken) throws IOException {
        return inSnapshot(source, connection -> {
            snapshotTaken.accept(single(connection, "select pg_export_snapshot()"));
            String version = schemaVersion(connection);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Table> tables = new ArrayList<>();
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, List<String>> table : columns(connection).entrySet()) {
                tables.add(copyOut(
                        copies,
                        zip,
                        table.getKey(),
                        table.getValue(),
                        quote(table.getKey()) + " (" + columnList(table.getValue()) + ")"));
            }
            return finish(zip, new Manifest(1, version, Instant.now(), tables, sequences(connection)));
        });
    }

    interface Work<T> {
        T with(Connection connection) throws SQLException, IOException;
    }

    /** Runs {@code reading} in one read-only repeatable-read transaction: everything it reads is of one instant. */
    static <T> T inSnapshot(DataSource source, Work<T> reading) throws IOException {
        try (Connection connection = source.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                return reading.with(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the database failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code writing} in one transaction, rolled back on any failure. */
    static <T> T inOneTransaction(DataSource target, Work<T> writing) {
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T written = writing.with(connection);
                connection.commit();
                return written;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the database failed: " + e.getMessage(), e);
        }
    }

    /** Restores the backup into {@code target}, which must be migrated to the backup's schema version and empty. */
    Manifest restore(DataSource target, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip, file, Manifest.class);
            return inOneTransaction(target, connection -> load(connection, zip, manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Manifest load(Connection connection, ZipFile zip, Manifest manifest)
            throws SQLException, IOException {
        String version = schemaVersion(connection);
        if (!manifest.schemaVersion().equals(version)) {
            throw new Refused("The backup is of schema version " + manifest.schemaVersion()
                    + " and this database of version " + version
                    + ": restore with the Pilotis release that made the backup, then start this one");
        }
        Map<String, List<String>> present = columns(connection);
        Map<String, Table> backedUp = new HashMap<>();
        manifest.tables().forEach(t -> backedUp.put(t.name(), t));
        if (!present.keySet().equals(backedUp.keySet())) {
            throw new Refused(
                    "The backup's tables differ from this database's: " + backedUp.keySet() + " / " + present.keySet());
        }
        for (String table : present.keySet()) {
            if ("t".equals(single(connection, "select exists (select from " + quote(table) + ")"))) {
                throw new Refused("The database is not empty (table " + table
                        + " has rows): restore only into a new, empty database");
            }
        }
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        for (String name : dependencyOrder(connection, present.keySet())) {
            copyIn(copies, zip, backedUp.get(name), quote(name));
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Sequence> sequence : manifest.sequences().entrySet()) {
                statement.execute("select setval('" + quote(sequence.getKey()).replace("'", "''") + "', "
                        + sequence.getValue().lastValue() + ", "
                        + sequence.getValue().called() + ")");
            }
        }
        for (Table table : manifest.tables()) {
            long rows = Long.parseLong(single(connection, "select count(*) from " + quote(table.name())));
            if (rows != table.rows()) {
                throw new IllegalStateException(
                        "restored " + rows + " rows of " + table.name() + " instead of " + table.rows());
            }
        }
        return manifest;
    }

    /** Writes one table's rows as a zip entry; {@code source} is what {@code COPY} reads. */
    static Table copyOut(CopyManager copies, ZipOutputStream zip, String table, List<String> columns, String source)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(entryName(table)));
        DigestOutputStream digest = new DigestOutputStream(unclosable(zip), sha256());
        long rows = copies.copyOut("copy " + source + " to stdout", digest);
        zip.closeEntry();
        return new Table(table, columns, rows, hex(digest.getMessageDigest()));
    }

    /** Loads one table's entry into {@code into}, refusing an entry that does not match its manifest. */
    static void copyIn(CopyManager copies, ZipFile zip, Table table, String into) throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(entryName(table.name()));
        if (entry == null) {
            throw new Refused(zip.getName() + " lacks table " + table.name());
        }
        try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), sha256())) {
            long rows = copies.copyIn("copy " + into + " (" + columnList(table.columns()) + ") from stdin", in);
            in.transferTo(OutputStream.nullOutputStream());
            if (rows != table.rows() || !hex(in.getMessageDigest()).equals(table.sha256())) {
                throw new Refused(
                        zip.getName() + " is damaged: table " + table.name() + " does not match its manifest");
            }
        }
    }

    static <M> M finish(ZipOutputStream zip, M manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    static <M> M manifest(ZipFile zip, Path file, Class<M> type) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new Refused(file + " is not a file written by Pilotis (no " + MANIFEST + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readValue(in, type);
        }
    }

    static String schemaVersion(Connection connection) throws SQLException {
        return single(
                connection,
                "select version from " + HISTORY + " where success and version is not null"
                        + " order by installed_rank desc limit 1");
    }

    /** Every table of the schema but Flyway's history, with its stored columns in order. */
    static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname, a.attname from pg_class c"
                        + " join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
                        + " and a.attgenerated = ''"
                        + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')"
                        + " and c.relname <> '" + HISTORY + "' order by c.relname, a.attnum")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        return tables;
    }

    private static Map<String, Sequence> sequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select relname from pg_class"
                        + " where relnamespace = current_schema()::regnamespace and relkind = 'S' order by 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select last_value, is_called from " + quote(name))) {
                row.next();
                sequences.put(name, new Sequence(row.getLong(1), row.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** Referenced tables before the tables that reference them (a table's references to itself aside). */
    static List<String> dependencyOrder(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(t -> parents.put(t, new TreeSet<>()));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname, p.relname from pg_constraint f"
                        + " join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid"
                        + " where f.contype = 'f' and f.conrelid <> f.confrelid"
                        + " and c.relnamespace = current_schema()::regnamespace")) {
            while (rows.next()) {
                if (parents.containsKey(rows.getString(1))) {
                    parents.get(rows.getString(1)).add(rows.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (!parents.isEmpty()) {
            String ready = parents.entrySet().stream()
                    .filter(t -> order.containsAll(t.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("foreign keys form a cycle among " + parents.keySet()));
            order.add(ready);
            parents.remove(ready);
        }
        return order;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new Refused("The database has no schema: start Pilotis on it once so that it is migrated");
            }
            return row.getString(1);
        }
    }

    static String entryName(String table) {
        return "tables/" + table + ".copy";
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The zip stays open when one table's stream is done with. */
    static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
