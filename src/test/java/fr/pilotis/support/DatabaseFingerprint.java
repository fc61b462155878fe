package fr.pilotis.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of every application table, to show that a refused request changed nothing. Left out:
 * the HTTP sessions (every request touches its session), the failed sign-ins (written on purpose
 * by refused sign-ins) and Flyway's history. The audit trail is in: any audited write shows there.
 */
public final class DatabaseFingerprint {

    private static final Set<String> IGNORED =
            Set.of("spring_session", "spring_session_attributes", "sign_in_failure", "flyway_schema_history");

    private DatabaseFingerprint() {}

    public static Map<String, String> of(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' order by table_name",
                String.class);
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            if (IGNORED.contains(table.toLowerCase())) {
                continue;
            }
            digests.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from \"" + table + "\" t",
                            String.class));
        }
        return digests;
    }
}
