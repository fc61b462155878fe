package fr.pilotis.impact;

import fr.pilotis.shared.Tenancy;
import java.sql.Array;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk read of the impact figures: for a year and any number of structures, each one's figures in
 * one SQL statement (no query per structure), for pages, reports and extracts alike. Plain SQL
 * names its network explicitly; which structures the caller may read is the caller's business
 * ({@code AccessPolicy.readableStructures()}): pass only those ids.
 */
@Service
@Transactional(readOnly = true)
public class ImpactFigures {

    // Complaints count by received date in the year; a client is counted once however many times
    // they complained (distinct pseudonymous references, compared case- and space-insensitively).
    private static final String SQL = "with ids as (select unnest(?::bigint[]) as structure_id),"
            + " q as (select structure_id, count(*)::int as returned,"
            + "   (count(*) filter (where answer = 'VERY_SATISFIED'))::int as very,"
            + "   (count(*) filter (where answer = 'SATISFIED'))::int as sat,"
            + "   (count(*) filter (where answer = 'NOT_VERY_SATISFIED'))::int as notvery,"
            + "   (count(*) filter (where answer = 'NOT_SATISFIED'))::int as notsat"
            + "   from satisfaction_questionnaire where network_id = ? and year = ?"
            + "   and structure_id in (select structure_id from ids) group by structure_id),"
            + " c as (select structure_id, count(*)::int as complaints,"
            + "   count(distinct lower(replace(client_reference, ' ', '')))::int as clients"
            + "   from complaint where network_id = ? and received_on >= make_date(?, 1, 1)"
            + "   and received_on < make_date(? + 1, 1, 1)"
            + "   and structure_id in (select structure_id from ids) group by structure_id)"
            + " select ids.structure_id, y.id is not null, y.survey_mode, y.clients_served, y.questionnaires_sent,"
            + "   case when y.survey_mode = 'QUESTIONNAIRES' then coalesce(q.returned, 0) else y.questionnaires_returned end,"
            + "   case when y.survey_mode = 'QUESTIONNAIRES' then coalesce(q.very, 0) else y.very_satisfied end,"
            + "   case when y.survey_mode = 'QUESTIONNAIRES' then coalesce(q.sat, 0) else y.satisfied end,"
            + "   case when y.survey_mode = 'QUESTIONNAIRES' then coalesce(q.notvery, 0) else y.not_very_satisfied end,"
            + "   case when y.survey_mode = 'QUESTIONNAIRES' then coalesce(q.notsat, 0) else y.not_satisfied end,"
            + "   coalesce(c.complaints, 0), coalesce(c.clients, 0), y.qualitative_benefits"
            + " from ids"
            + " left join impact_year y on y.network_id = ? and y.structure_id = ids.structure_id and y.year = ?"
            + " left join q on q.structure_id = ids.structure_id"
            + " left join c on c.structure_id = ids.structure_id";

    private final JdbcTemplate jdbc;

    ImpactFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each structure's figures for the year, in the order of the ids given; every id has an entry. */
    public Map<Long, StructureImpact> forStructures(int year, Collection<Long> structureIds) {
        Map<Long, StructureImpact> figures = new LinkedHashMap<>();
        if (structureIds.isEmpty()) {
            return figures;
        }
        structureIds.forEach(id -> figures.put(id, StructureImpact.none(id, year)));
        long network = Tenancy.currentNetworkId();
        jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("bigint", structureIds.toArray());
            try (var statement = connection.prepareStatement(SQL)) {
                Object[] parameters = {ids, network, year, network, year, year, network, year};
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        boolean entered = rs.getBoolean(2);
                        String mode = rs.getString(3);
                        figures.put(
                                id,
                                new StructureImpact(
                                        id,
                                        year,
                                        entered || rs.getInt(11) > 0,
                                        mode == null ? SurveyMode.TOTALS : SurveyMode.valueOf(mode),
                                        (Integer) rs.getObject(4, Integer.class),
                                        rs.getObject(5, Integer.class),
                                        rs.getObject(6, Integer.class),
                                        rs.getObject(7, Integer.class),
                                        rs.getObject(8, Integer.class),
                                        rs.getObject(9, Integer.class),
                                        rs.getObject(10, Integer.class),
                                        rs.getInt(11),
                                        rs.getInt(12),
                                        rs.getString(13)));
                    }
                }
            }
            return null;
        });
        return figures;
    }

    /** The years for which some structure entered figures, questionnaires or complaints. */
    public java.util.Set<Integer> years() {
        long network = Tenancy.currentNetworkId();
        return new java.util.HashSet<>(jdbc.queryForList(
                "select year from impact_year where network_id = ?"
                        + " union select year from satisfaction_questionnaire where network_id = ?"
                        + " union select extract(year from received_on)::int from complaint where network_id = ?",
                Integer.class,
                network,
                network,
                network));
    }

    public StructureImpact forStructure(int year, long structureId) {
        return forStructures(year, java.util.List.of(structureId)).get(structureId);
    }
}
