package fr.pilotis.deliverable;

import fr.pilotis.shared.Tenancy;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * One structure's deliverables of a year: expected (every deliverable asked of it) and
     * validated; {@code criterionCode} null for all its deliverables, else for those of one criterion.
     */
    public record StructureCounts(long structureId, String criterionCode, long expected, long validated) {}

    // A deliverable belongs to the year its requirement is due in; without a due date, to the year
    // the requirement was made. One statement: per structure, and per structure and criterion.
    private static final String BY_STRUCTURE = "select d.structure_id, c.code, grouping(c.code), count(*),"
            + " count(*) filter (where d.status = 'VALIDATED')"
            + " from deliverable d"
            + " join deliverable_requirement r on r.network_id = d.network_id and r.id = d.requirement_id"
            + " left join criterion c on c.network_id = r.network_id and c.id = r.criterion_id"
            + " where d.network_id = ? and d.structure_id = any (?)"
            + " and extract(year from coalesce(r.due_on, (r.created_at at time zone 'Europe/Paris')::date)) = ?"
            + " group by grouping sets ((d.structure_id), (d.structure_id, c.code))";

    private final JdbcTemplate jdbc;

    DeliverableFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each structure's expected and validated deliverables of the year, in total and per criterion code. */
    public List<StructureCounts> byStructure(int year, Collection<Long> structureIds) {
        List<StructureCounts> counts = new ArrayList<>();
        if (structureIds.isEmpty()) {
            return counts;
        }
        jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("bigint", structureIds.toArray());
            try (var statement = connection.prepareStatement(BY_STRUCTURE)) {
                statement.setLong(1, Tenancy.currentNetworkId());
                statement.setArray(2, ids);
                statement.setInt(3, year);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        boolean total = rows.getInt(3) == 1;
                        String code = rows.getString(2);
                        if (total || code != null) {
                            counts.add(new StructureCounts(
                                    rows.getLong(1), total ? null : code, rows.getLong(4), rows.getLong(5)));
                        }
                    }
                }
            }
            return null;
        });
        return counts;
    }

    /** The years deliverables are expected in (as {@link #byStructure} counts them). */
    public Set<Integer> years() {
        return new HashSet<>(jdbc.queryForList(
                "select distinct extract(year from coalesce(r.due_on, (r.created_at at time zone 'Europe/Paris')::date))::int"
                        + " from deliverable d join deliverable_requirement r on r.network_id = d.network_id"
                        + " and r.id = d.requirement_id where d.network_id = ?",
                Integer.class,
                Tenancy.currentNetworkId()));
    }

    /** The criterion codes some requirement of the network refers to, in the référentiel's order. */
    public List<String> criterionCodes() {
        return jdbc.queryForList(
                "select c.code from criterion c where c.network_id = ? and exists (select 1 from"
                        + " deliverable_requirement r where r.network_id = c.network_id and r.criterion_id = c.id)"
                        + " group by c.code order by min(c.position), c.code",
                String.class,
                Tenancy.currentNetworkId());
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
