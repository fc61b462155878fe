package fr.pilotis.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.support.PilotisTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Citus's rules for distributing the tenant tables by {@code network_id}, checked over the live schema
 * (docs/architecture.md, « Scaling past one PostgreSQL »). A new table or key that breaks them fails
 * here, unless it is named below with its reason.
 */
@PilotisTest
class DistributionReadinessTests {

    /** Tables that would not be distributed by network, and why. */
    static final Map<String, String> NOT_DISTRIBUTED = Map.of(
            "network", "reference table: the tenants themselves, joined by every tenant table",
            "audit_event",
                    "local (or distributed on its own id): platform events such as a sign-in of an unknown"
                            + " email have no network",
            "sign_in_failure", "local: counted per email and address before any network is known",
            "spring_session", "local: HTTP sessions, keyed by session id",
            "spring_session_attributes", "local: HTTP sessions, keyed by session id",
            "flyway_schema_history", "local: the schema's history");

    /**
     * Unique keys of tenant tables without {@code network_id}: both find one person across networks
     * before a tenant is known; they move to a reference table of sign-in names when distributing.
     */
    static final Map<String, String> GLOBAL_KEYS = Map.of(
            "app_user_email_idx", "a sign-in email is unique on the whole platform",
            "activation_token_token_hash_key", "an activation link is looked up before its network is known");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTenantTableHasANetworkIdThatIsNeverNull() {
        List<String> tables = jdbc.queryForList(
                "select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace"
                        + " and c.relkind in ('r', 'p') and not exists (select 1 from pg_attribute a"
                        + " where a.attrelid = c.oid and a.attname = 'network_id' and a.attnotnull)"
                        + " order by 1",
                String.class);

        assertThat(tables).containsExactlyInAnyOrderElementsOf(NOT_DISTRIBUTED.keySet());
    }

    /**
     * A primary key on {@code id} alone is kept on one node, where Hibernate updates and deletes rows
     * by id; the table's {@code unique (network_id, id)} becomes its primary key when distributing.
     */
    @Test
    void everyKeyOfATenantTableIncludesTheNetwork() {
        List<String> offending = jdbc.queryForList(
                "select t.relname || ': ' || i.relname from pg_index x"
                        + " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
                        + " join pg_attribute n on n.attrelid = t.oid and n.attname = 'network_id'"
                        + " where t.relnamespace = current_schema()::regnamespace and x.indisunique"
                        + " and not (n.attnum = any(x.indkey::smallint[]))"
                        + " and not (x.indisprimary and pg_get_indexdef(x.indexrelid) like '%(id)'"
                        + "   and exists (select 1 from pg_constraint u where u.conrelid = t.oid and u.contype = 'u'"
                        + "     and pg_get_constraintdef(u.oid) = 'UNIQUE (network_id, id)'))"
                        + " and t.relname <> all(?) and i.relname <> all(?) order by 1",
                String.class,
                NOT_DISTRIBUTED.keySet().toArray(String[]::new),
                GLOBAL_KEYS.keySet().toArray(String[]::new));

        assertThat(offending).isEmpty();
    }

    @Test
    void everyForeignKeyBetweenTenantTablesIncludesTheNetworkOnBothSides() {
        List<String> offending = jdbc.queryForList(
                "select f.conrelid::regclass || ': ' || pg_get_constraintdef(f.oid) from pg_constraint f"
                        + " join pg_class t on t.oid = f.conrelid join pg_class r on r.oid = f.confrelid"
                        + " join pg_attribute tn on tn.attrelid = t.oid and tn.attname = 'network_id'"
                        + " join pg_attribute rn on rn.attrelid = r.oid and rn.attname = 'network_id'"
                        + " where f.contype = 'f' and t.relnamespace = current_schema()::regnamespace"
                        + " and t.relname <> all(?) and r.relname <> all(?)"
                        + " and not coalesce(array_position(f.conkey, tn.attnum) = array_position(f.confkey, rn.attnum), false)"
                        + " order by 1",
                String.class,
                NOT_DISTRIBUTED.keySet().toArray(String[]::new),
                NOT_DISTRIBUTED.keySet().toArray(String[]::new));

        assertThat(offending).isEmpty();
    }

    @Test
    void aFilesChunksBelongToItsNetwork() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from stored_file_chunk c join stored_file f on f.id = c.file_id"
                                + " where f.network_id <> c.network_id",
                        Long.class))
                .isZero();
        assertThat(Set.copyOf(jdbc.queryForList(
                        "select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'stored_file_chunk'::regclass",
                        String.class)))
                .contains(
                        "PRIMARY KEY (network_id, file_id, chunk_no)",
                        "FOREIGN KEY (network_id, file_id) REFERENCES stored_file(network_id, id) ON DELETE CASCADE");
    }
}
