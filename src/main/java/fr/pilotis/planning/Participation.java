package fr.pilotis.planning;

import fr.pilotis.shared.Tenancy;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation in collective meetings, for pages and for the indicators: attendances ÷ expected
 * attendances over the meetings HELD in a year. A meeting counts as held once its attendance sheet
 * is recorded (which the service allows only from the meeting's day on); the expected attendances
 * are its sheet's lines, one per structure of the group when the sheet was filled in. Excused
 * counts as absent in the rate and is counted apart. Each read is one SQL aggregate, whatever the
 * number of ids.
 */
@Service
@Transactional(readOnly = true)
public class Participation {

    private static final String COUNTS = "count(*) filter (where a.status = 'PRESENT'),"
            + " count(*) filter (where a.status = 'EXCUSED'),"
            + " count(*) filter (where a.status = 'ABSENT'), count(*)";

    private final JdbcTemplate jdbc;

    Participation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each structure's counts (structures without any expected attendance are absent from the map). */
    public Map<Long, ParticipationCounts> ofStructures(int year, Collection<Long> structureIds) {
        return counts(
                "select a.structure_id, " + COUNTS + " from attendance a"
                        + " join meeting m on m.network_id = a.network_id and m.id = a.meeting_id"
                        + " where a.network_id = ? and m.attendance_recorded and m.held_on between ? and ?"
                        + " and a.structure_id = any (?) group by a.structure_id",
                year,
                structureIds);
    }

    /** Each group's counts over its own meetings. */
    public Map<Long, ParticipationCounts> ofGroups(int year, Collection<Long> groupIds) {
        return counts(
                "select m.working_group_id, " + COUNTS + " from attendance a"
                        + " join meeting m on m.network_id = a.network_id and m.id = a.meeting_id"
                        + " where a.network_id = ? and m.attendance_recorded and m.held_on between ? and ?"
                        + " and m.working_group_id = any (?) group by m.working_group_id",
                year,
                groupIds);
    }

    /** Each UT's counts: the attendance lines of its structures, whatever their group. */
    public Map<Long, ParticipationCounts> ofUnions(int year, Collection<Long> unionIds) {
        return counts(
                "select s.territorial_union_id, " + COUNTS + " from attendance a"
                        + " join meeting m on m.network_id = a.network_id and m.id = a.meeting_id"
                        + " join structure s on s.network_id = a.network_id and s.id = a.structure_id"
                        + " where a.network_id = ? and m.attendance_recorded and m.held_on between ? and ?"
                        + " and s.territorial_union_id = any (?) group by s.territorial_union_id",
                year,
                unionIds);
    }

    /** Meetings held in the year by each group. */
    public Map<Long, Long> meetingsHeldByGroup(int year, Collection<Long> groupIds) {
        return numbers(
                "select m.working_group_id, count(*) from meeting m"
                        + " where m.network_id = ? and m.attendance_recorded and m.held_on between ? and ?"
                        + " and m.working_group_id = any (?) group by m.working_group_id",
                year,
                groupIds);
    }

    /** Meetings held in the year that expected at least one structure of each UT. */
    public Map<Long, Long> meetingsHeldByUnion(int year, Collection<Long> unionIds) {
        return numbers(
                "select s.territorial_union_id, count(distinct m.id) from meeting m"
                        + " join attendance a on a.network_id = m.network_id and a.meeting_id = m.id"
                        + " join structure s on s.network_id = a.network_id and s.id = a.structure_id"
                        + " where m.network_id = ? and m.attendance_recorded and m.held_on between ? and ?"
                        + " and s.territorial_union_id = any (?) group by s.territorial_union_id",
                year,
                unionIds);
    }

    /** The years in which some meeting was held (its attendance recorded). */
    public Set<Integer> yearsWithMeetingsHeld() {
        return new HashSet<>(jdbc.queryForList(
                "select distinct extract(year from held_on)::int from meeting where network_id = ? and attendance_recorded",
                Integer.class,
                Tenancy.currentNetworkId()));
    }

    private Map<Long, ParticipationCounts> counts(String sql, int year, Collection<Long> ids) {
        Map<Long, ParticipationCounts> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query(
                sql,
                row -> {
                    result.put(
                            row.getLong(1),
                            new ParticipationCounts(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)));
                },
                Tenancy.currentNetworkId(),
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)),
                idArray(ids));
        return result;
    }

    private Map<Long, Long> numbers(String sql, int year, Collection<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query(
                sql,
                row -> {
                    result.put(row.getLong(1), row.getLong(2));
                },
                Tenancy.currentNetworkId(),
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)),
                idArray(ids));
        return result;
    }

    private Array idArray(Collection<Long> ids) {
        return jdbc.execute(
                (ConnectionCallback<Array>) connection -> connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
    }
}
