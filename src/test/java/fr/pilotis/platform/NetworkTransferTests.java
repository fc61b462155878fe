package fr.pilotis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both demo networks exported from the tests' shared database (only read) and imported into a new
 * one, where every row gets a new id: each network comes out with the same rows, links and files.
 */
@PilotisTest
class NetworkTransferTests {

    /** int8 columns of tenant tables that hold a quantity, not a reference to translate. */
    static final Set<String> NOT_REFERENCES = Set.of("stored_file.size_bytes");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    final NetworkTransfer transfers = new NetworkTransfer();
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
    void aNetworkMovesWithItsFilesUnderNewIdsAndComesOutIdentical() throws Exception {
        Path main = dir.resolve("main.zip");
        Path other = dir.resolve("other.zip");
        transfers.export(dataSource, DemoNetworks.MAIN, main);
        transfers.export(dataSource, DemoNetworks.OTHER, other);
        DataSource target = databases.create(null);

        long otherThere = transfers.importNetwork(target, other, null);
        long mainThere = transfers.importNetwork(target, main, null);

        JdbcTemplate there = new JdbcTemplate(target);
        for (long[] network :
                new long[][] {{DemoNetworks.mainId(jdbc), mainThere}, {DemoNetworks.otherId(jdbc), otherThere}}) {
            assertThat(content(there, network[1])).isEqualTo(content(jdbc, network[0]));
            assertThat(answers(there, network[1])).isEqualTo(answers(jdbc, network[0]));
            assertThat(files(there, network[1])).isEqualTo(files(jdbc, network[0]));
        }
        assertThat(answers(jdbc, DemoNetworks.mainId(jdbc))).isNotEmpty();
        assertThat(files(jdbc, DemoNetworks.mainId(jdbc))).isNotEmpty();
        assertThat(there.queryForObject("select count(*) from structure", Long.class))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from structure where network_id in (?, ?)",
                        Long.class,
                        DemoNetworks.mainId(jdbc),
                        DemoNetworks.otherId(jdbc)));
    }

    @Test
    void refusesATakenSlugOrATakenEmailAndLeavesNothing() throws Exception {
        Path other = dir.resolve("other.zip");
        transfers.export(dataSource, DemoNetworks.OTHER, other);
        long networks = jdbc.queryForObject("select count(*) from network", Long.class);

        assertThatThrownBy(() -> transfers.importNetwork(dataSource, other, null))
                .isInstanceOf(DatabaseBackup.Refused.class)
                .hasMessageStartingWith("A network autre-reseau exists already");
        assertThatThrownBy(() -> transfers.importNetwork(dataSource, other, "autre-reseau-bis"))
                .isInstanceOf(DatabaseBackup.Refused.class)
                .hasMessageContaining("signs in to this deployment already");
        assertThat(jdbc.queryForObject("select count(*) from network", Long.class))
                .isEqualTo(networks);
    }

    /** A new id column without a foreign key would be copied untranslated: name where it points. */
    @Test
    void everyIdColumnOfATenantTableIsTranslated() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<String, String>> references = NetworkTransfer.references(connection);
            List<String> untranslated = jdbc.queryForList(
                    "select c.relname || '.' || a.attname from pg_class c join pg_attribute a on a.attrelid = c.oid"
                            + " where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'"
                            + " and a.atttypid = 'int8'::regtype and a.attname <> 'id' and exists (select from"
                            + " pg_attribute n where n.attrelid = c.oid and n.attname = 'network_id' and n.attnotnull)",
                    String.class);
            untranslated.removeIf(column -> NOT_REFERENCES.contains(column)
                    || references
                            .getOrDefault(column.substring(0, column.indexOf('.')), Map.of())
                            .containsKey(column.substring(column.indexOf('.') + 1)));
            assertThat(untranslated).isEmpty();
        }
    }

    /** Every moved table's rows of the network (the audit trail stays behind), ids and references left out. */
    private static Map<String, String> content(JdbcTemplate database, long network) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = database.getDataSource().getConnection()) {
            Map<String, Map<String, String>> references = NetworkTransfer.references(connection);
            for (Map.Entry<String, List<String>> table :
                    NetworkTransfer.tenantColumns(connection).entrySet()) {
                boolean isNetwork = table.getKey().equals("network");
                List<String> kept = new ArrayList<>(table.getValue());
                kept.removeIf(column -> column.equals("id")
                        || references.getOrDefault(table.getKey(), Map.of()).containsKey(column));
                String rows = kept.isEmpty() ? "1" : DatabaseBackup.columnList(kept);
                digests.put(
                        table.getKey(),
                        database.queryForObject(
                                "select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '')"
                                        + " from (select " + rows + " from " + DatabaseBackup.quote(table.getKey())
                                        + " where " + (isNetwork ? "id" : "network_id") + " = ?) x",
                                String.class,
                                network));
            }
        }
        return digests;
    }

    /** Who answered what for which structure and campaign: the references followed. */
    private static List<String> answers(JdbcTemplate database, long network) {
        return database.queryForList(
                "select s.finess || ' ' || k.year || ' ' || c.code || ' ' || coalesce(a.rating, '-') || ' '"
                        + " || coalesce(a.review_rating, '-') || ' ' || coalesce(u.email, '-')"
                        + " || ' ' || (select count(*) from evidence e where e.answer_id = a.id)"
                        + " from answer a join diagnostic d on d.id = a.diagnostic_id"
                        + " join structure s on s.id = d.structure_id join campaign k on k.id = d.campaign_id"
                        + " join criterion c on c.id = a.criterion_id left join app_user u on u.id = a.updated_by"
                        + " where a.network_id = ? order by 1",
                String.class,
                network);
    }

    /** Each file's name, checksum and bytes as read back from its chunks. */
    private static List<String> files(JdbcTemplate database, long network) {
        return database.queryForList(
                "select f.file_name || ' ' || f.sha256 || ' ' || md5(string_agg(encode(c.bytes, 'hex'), ''"
                        + " order by c.chunk_no)) from stored_file f join stored_file_chunk c"
                        + " on c.network_id = f.network_id and c.file_id = f.id where f.network_id = ?"
                        + " group by f.id, f.file_name, f.sha256 order by 1",
                String.class,
                network);
    }
}
