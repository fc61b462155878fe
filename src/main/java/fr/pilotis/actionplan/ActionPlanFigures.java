package fr.pilotis.actionplan;

import fr.pilotis.shared.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion figures of many plans at once, for pages and for the indicators: one SQL aggregate
 * per call, never a query per plan. The caller passes only the ids its reader may see.
 *
 * <p>Which actions count for a year: those <b>due</b> in that year (due date from 1 January to
 * 31 December). An action is planned for the year it is due, whenever it was created, and a late
 * action stays in the year it was due (where it shows as overdue) rather than slipping into the next.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ActionPlanFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Each structure's own plan, actions due in the year; structures without action are absent. */
    public Map<Long, Completion> completionOfStructures(int year, Collection<Long> structureIds) {
        return completion("structure_id", year, structureIds);
    }

    /** Each group's collective plan, actions due in the year; groups without action are absent. */
    public Map<Long, Completion> completionOfGroups(int year, Collection<Long> groupIds) {
        return completion("working_group_id", year, groupIds);
    }

    /** Each structure's own plan, every action whatever its year. */
    public Map<Long, Completion> completionOfStructures(Collection<Long> structureIds) {
        return completion("structure_id", null, structureIds);
    }

    /** Each group's collective plan, every action whatever its year. */
    public Map<Long, Completion> completionOfGroups(Collection<Long> groupIds) {
        return completion("working_group_id", null, groupIds);
    }

    /** The years in which some action is due, in a structure's or a group's plan. */
    public Set<Integer> yearsWithActions() {
        return new HashSet<>(jdbc.queryForList(
                "select distinct extract(year from due_on)::int from action_item where network_id = :network",
                new MapSqlParameterSource("network", Tenancy.currentNetworkId()),
                Integer.class));
    }

    private Map<Long, Completion> completion(String planColumn, Integer year, Collection<Long> ids) {
        Map<Long, Completion> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("network", Tenancy.currentNetworkId())
                .addValue("ids", ids)
                .addValue("today", LocalDate.now(clock.withZone(ActionPlans.PARIS)));
        String yearFilter = "";
        if (year != null) {
            yearFilter = " and due_on between :from and :to";
            parameters.addValue("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year, 12, 31));
        }
        jdbc.query(
                "select " + planColumn + ", count(*),"
                        + " count(*) filter (where status = 'DONE'),"
                        + " count(*) filter (where status = 'ABANDONED'),"
                        + " count(*) filter (where status in ('TODO', 'IN_PROGRESS') and due_on < :today)"
                        + " from action_item where network_id = :network and " + planColumn + " in (:ids)"
                        + yearFilter + " group by " + planColumn,
                parameters,
                rs -> {
                    result.put(
                            rs.getLong(1), new Completion(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return result;
    }
}
