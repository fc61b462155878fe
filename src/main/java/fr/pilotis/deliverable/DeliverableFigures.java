package fr.pilotis.deliverable;

import fr.pilotis.shared.Tenancy;
import java.sql.Array;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliverable counts for the indicators: over a set of structures (which the caller has already
 * confined to what its reader may see), how many deliverables stand at each status, and how many
 * validated ones each criterion code has. One SQL aggregate (grouping sets), whatever the number of
 * structures; it filters on the network itself, being plain SQL.
 */
@Service
@Transactional(readOnly = true)
public class DeliverableFigures {

    /** Counts by status (every status present, zero included) and validated deliverables per criterion code. */
    public record Figures(Map<DeliverableStatus, Long> byStatus, Map<String, Long> validatedByCriterionCode) {

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(DeliverableStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    private final JdbcTemplate jdbc;

    DeliverableFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Figures ofStructures(Collection<Long> structureIds) {
        Map<DeliverableStatus, Long> byStatus = new EnumMap<>(DeliverableStatus.class);
        for (DeliverableStatus status : DeliverableStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<String, Long> validated = new TreeMap<>();
        if (structureIds.isEmpty()) {
            return new Figures(byStatus, validated);
        }
        long network = Tenancy.currentNetworkId();
        jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("bigint", structureIds.toArray());
            try (var statement = connection.prepareStatement(
                    // the criterion code only for validated rows: other rows fall in the status set
                    "select d.status, case when d.status = 'VALIDATED' then c.code end as code,"
                            + " grouping(case when d.status = 'VALIDATED' then c.code end) as by_status, count(*)"
                            + " from deliverable d"
                            + " join deliverable_requirement r on r.network_id = d.network_id and r.id = d.requirement_id"
                            + " left join criterion c on c.network_id = r.network_id and c.id = r.criterion_id"
                            + " where d.network_id = ? and d.structure_id = any (?)"
                            + " group by grouping sets ((d.status), (d.status, case when d.status = 'VALIDATED' then c.code end))")) {
                statement.setLong(1, network);
                statement.setArray(2, ids);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        DeliverableStatus status = DeliverableStatus.valueOf(rows.getString(1));
                        String code = rows.getString(2);
                        long count = rows.getLong(4);
                        if (rows.getInt(3) == 1) {
                            byStatus.put(status, count);
                        } else if (status == DeliverableStatus.VALIDATED && code != null) {
                            validated.merge(code, count, Long::sum);
                        }
                    }
                }
            }
            return null;
        });
        return new Figures(byStatus, validated);
    }
}
