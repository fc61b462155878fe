package fr.pilotis.platform;

import static fr.pilotis.platform.DatabaseBackup.columnList;
import static fr.pilotis.platform.DatabaseBackup.quote;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One network's rows — files included — taken from one deployment into another.
 *
 * <p>Export: the network's row and every row of the tenant tables ({@code network_id not null}) with
 * its id, from one read-only snapshot, into a zip like a backup's. The audit trail stays behind: its
 * rows name entities of every kind by id and it is the source deployment's record.
 *
 * <p>Import: <b>every id is given anew</b> from the target's own sequences, since two deployments
 * hand out the same ids; each reference is translated through the old → new map of the table it
 * points to — references declared as foreign keys, plus the few kept without one ({@link
 * #referencedTable}). The network may take another slug; refused, in one line, when the slug or a
 * sign-in email exists already in the target, or the schema versions differ. All in one transaction.
 */
class NetworkTransfer {

    record Manifest(
            int format, String schemaVersion, Instant takenAt, String slug, List<DatabaseBackup.Table> tables) {}

    /** Writes the export to {@code file}, never over an existing one. */
    Manifest export(DataSource source, String slug, Path file) {
        return DatabaseBackup.writeNew(file, out -> export(source, slug, out));
    }

    Manifest export(DataSource source, String slug, OutputStream out) throws IOException {
        return DatabaseBackup.inSnapshot(source, connection -> {
            long network = networkId(connection, slug)
                    .orElseThrow(() -> new DatabaseBackup.Refused("No network " + slug + " in this database"));
            String version = DatabaseBackup.schemaVersion(connection);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            List<DatabaseBackup.Table> tables = new ArrayList<>();
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, List<String>> table :
                    tenantColumns(connection).entrySet()) {
                String key = table.getKey().equals("network") ? "id" : "network_id";
                tables.add(DatabaseBackup.copyOut(
                        copies,
                        zip,
                        table.getKey(),
                        table.getValue(),
                        "(select " + columnList(table.getValue()) + " from " + quote(table.getKey()) + " where " + key
                                + " = " + network + ")"));
            }
            return DatabaseBackup.finish(zip, new Manifest(1, version, Instant.now(), slug, tables));
        });
    }

    /**
     * @param slug the network's slug in the target, or null to keep the exported one
     * @return the network's id in the target
     */
    long importNetwork(DataSource target, Path file, String slug) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = DatabaseBackup.manifest(zip, file, Manifest.class);
            String newSlug = slug == null || slug.isBlank() ? manifest.slug() : slug;
            return DatabaseBackup.inOneTransaction(target, connection -> load(connection, zip, manifest, newSlug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long load(Connection connection, ZipFile zip, Manifest manifest, String slug)
            throws SQLException, IOException {
        String version = DatabaseBackup.schemaVersion(connection);
        if (!manifest.schemaVersion().equals(version)) {
            throw new DatabaseBackup.Refused("The export is of schema version " + manifest.schemaVersion()
                    + " and this database of version " + version + ": import it into a deployment of the same release");
        }
        if (networkId(connection, slug).isPresent()) {
            throw new DatabaseBackup.Refused("A network " + slug
                    + " exists already in this database: import it under another slug (--pilotis.network.slug=…)");
        }
        Map<String, List<String>> present = tenantColumns(connection);
        Map<String, DatabaseBackup.Table> exported = new LinkedHashMap<>();
        manifest.tables().forEach(t -> exported.put(t.name(), t));
        if (!present.keySet().equals(exported.keySet())) {
            throw new DatabaseBackup.Refused("The export's tables differ from this database's");
        }
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement sql = connection.createStatement()) {
            for (DatabaseBackup.Table table : manifest.tables()) {
                sql.execute("create temp table " + staged(table.name()) + " (like " + quote(table.name())
                        + ") on commit drop");
                DatabaseBackup.copyIn(copies, zip, table, staged(table.name()));
            }
            refuseTakenEmails(connection);
            for (DatabaseBackup.Table table : manifest.tables()) {
                if (table.columns().contains("id")) {
                    sql.execute("create temp table " + map(table.name()) + " on commit drop as select id as old,"
                            + " nextval('" + quote(table.name() + "_seq") + "') as new from " + staged(table.name()));
                    sql.execute("alter table " + map(table.name()) + " add primary key (old)");
                }
            }
            long network;
            try (ResultSet row = sql.executeQuery("select new from " + map("network"))) {
                row.next();
                network = row.getLong(1);
            }
            Map<String, Map<String, String>> references = references(connection);
            for (DatabaseBackup.Table table : manifest.tables()) {
                List<String> assignments = new ArrayList<>();
                for (String column : table.columns()) {
                    String pointed = column.equals("id")
                            ? table.name()
                            : references.getOrDefault(table.name(), Map.of()).get(column);
                    if (pointed != null) {
                        assignments.add(quote(column) + " = (select m.new from " + map(pointed) + " m where m.old = t."
                                + quote(column) + ")");
                    }
                }
                if (!assignments.isEmpty()) {
                    sql.execute("update " + staged(table.name()) + " t set " + String.join(", ", assignments));
                }
            }
            try (PreparedStatement renamed =
                    connection.prepareStatement("update " + staged("network") + " set slug = ?")) {
                renamed.setString(1, slug);
                renamed.executeUpdate();
            }
            for (String table : DatabaseBackup.dependencyOrder(connection, exported.keySet())) {
                String columns = columnList(exported.get(table).columns());
                sql.execute("insert into " + quote(table) + " (" + columns + ") select " + columns + " from "
                        + staged(table));
            }
            return network;
        }
    }

    /**
     * Where each reference of a tenant table points: its foreign keys (beside {@code network_id}), and
     * the references kept without one — who did something ({@code *_by}, a person), the campaign and
     * structure beside a diagnostic's rates, the action a meeting decision became.
     */
    static Map<String, Map<String, String>> references(Connection connection) throws SQLException {
        Map<String, Map<String, String>> references = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname, a.attname, p.relname"
                        + " from pg_constraint f join pg_class c on c.oid = f.conrelid"
                        + " join pg_class p on p.oid = f.confrelid"
                        + " join pg_attribute a on a.attrelid = c.oid and a.attnum = any(f.conkey)"
                        + " join pg_attribute r on r.attrelid = p.oid and r.attname = 'id'"
                        + " and r.attnum = f.confkey[array_position(f.conkey, a.attnum)]"
                        + " where f.contype = 'f' and c.relnamespace = current_schema()::regnamespace")) {
            while (rows.next()) {
                references
                        .computeIfAbsent(rows.getString(1), t -> new HashMap<>())
                        .put(rows.getString(2), rows.getString(3));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname, a.attname from pg_class c"
                        + " join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
                        + " where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'"
                        + " and a.atttypid = 'int8'::regtype")) {
            while (rows.next()) {
                Map<String, String> ofTable = references.computeIfAbsent(rows.getString(1), t -> new HashMap<>());
                String column = rows.getString(2);
                if (!ofTable.containsKey(column)) {
                    referencedTable(column).ifPresent(pointed -> ofTable.put(column, pointed));
                }
            }
        }
        return references;
    }

    /** The table a reference without a foreign key points to, by the column's name. */
    static Optional<String> referencedTable(String column) {
        if (column.equals("network_id")) {
            return Optional.of("network");
        }
        if (column.endsWith("_by")) {
            return Optional.of("app_user");
        }
        return switch (column) {
            case "campaign_id" -> Optional.of("campaign");
            case "structure_id" -> Optional.of("structure");
            case "action_id" -> Optional.of("action_item");
            default -> Optional.empty();
        };
    }

    private static void refuseTakenEmails(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet taken = statement.executeQuery("select i.email from " + staged("app_user")
                        + " i join app_user u on u.email = i.email order by 1 limit 1")) {
            if (taken.next()) {
                throw new DatabaseBackup.Refused("The address " + taken.getString(1)
                        + " signs in to this deployment already: a person belongs to one network");
            }
        }
    }

    /** The network's row, then every table whose rows all carry their network. */
    static Map<String, List<String>> tenantColumns(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        DatabaseBackup.columns(connection).forEach((table, columns) -> {
            if (table.equals("network")) {
                tables.put(table, columns);
            }
        });
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_attribute a"
                        + " on a.attrelid = c.oid and a.attname = 'network_id' and a.attnotnull"
                        + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')"
                        + " order by 1")) {
            Map<String, List<String>> all = DatabaseBackup.columns(connection);
            while (rows.next()) {
                tables.put(rows.getString(1), all.get(rows.getString(1)));
            }
        }
        return tables;
    }

    private static Optional<Long> networkId(Connection connection, String slug) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id from network where slug = ?")) {
            statement.setString(1, slug);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String staged(String table) {
        return quote("import_" + table);
    }

    private static String map(String table) {
        return quote("import_map_" + table);
    }
}
