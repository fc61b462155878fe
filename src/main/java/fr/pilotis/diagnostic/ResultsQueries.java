package fr.pilotis.diagnostic;

import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the results pages read beside {@link DiagnosticResults}: one structure's scores campaign by
 * campaign (from {@code diagnostic_score}), how far a scope's structures are in a campaign, and the
 * latest campaign that has results for a scope. Plain SQL names its network explicitly; who may
 * read which scope is decided by the controllers through {@code AccessPolicy}.
 */
@Service
@Transactional(readOnly = true)
class ResultsQueries {

    private final JdbcTemplate jdbc;

    ResultsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which structures a count or a search covers: a UT, some structures, or (both null) the network. */
    record Filter(Long unionId, Collection<Long> structureIds) {

        static Filter network() {
            return new Filter(null, null);
        }

        static Filter union(long unionId) {
            return new Filter(unionId, null);
        }

        static Filter structures(Collection<Long> structureIds) {
            return new Filter(null, List.copyOf(structureIds));
        }
    }

    /** The structure's submitted diagnostics, oldest campaign first, with their counts per basis. */
    List<ResultsOfDiagnostic> ofStructure(long structureId) {
        Map<Long, Builder> byDiagnostic = new LinkedHashMap<>();
        jdbc.query(
                "select d.id, c.id, c.year, d.status, ds.basis, ds.theme_code, ds.level,"
                        + " ds.met, ds.partial, ds.not_met, ds.not_applicable"
                        + " from diagnostic d"
                        + " join campaign c on c.id = d.campaign_id and c.network_id = d.network_id"
                        + " join diagnostic_score ds on ds.diagnostic_id = d.id and ds.network_id = d.network_id"
                        + " where d.network_id = ? and d.structure_id = ? and d.status in ('SUBMITTED', 'VALIDATED')"
                        + " order by c.year, ds.theme_code, ds.level",
                rs -> {
                    long diagnosticId = rs.getLong(1);
                    long campaignId = rs.getLong(2);
                    int year = rs.getInt(3);
                    DiagnosticStatus status = DiagnosticStatus.valueOf(rs.getString(4));
                    byDiagnostic
                            .computeIfAbsent(diagnosticId, id -> new Builder(id, campaignId, year, status))
                            .add(
                                    RateBasis.valueOf(rs.getString(5)),
                                    rs.getString(6),
                                    rs.getInt(7),
                                    new ConformityRate(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), 0));
                },
                Tenancy.currentNetworkId(),
                structureId);
        return byDiagnostic.values().stream().map(Builder::build).toList();
    }

    /**
     * How many structures of the filter there are, and how many submitted and had validated their
     * diagnostic. A structure has at most one diagnostic per campaign, so the two counts are taken
     * apart: the network's needs no join at all (the diagnostics are counted on their campaign index).
     */
    ResultsProgress progress(long campaignId, Filter filter) {
        long networkId = Tenancy.currentNetworkId();
        List<Object> filterParameters = new ArrayList<>();
        String condition = condition(filter, filterParameters);
        List<Object> parameters = new ArrayList<>();
        parameters.add(networkId);
        parameters.addAll(filterParameters);
        parameters.add(networkId);
        parameters.add(campaignId);
        parameters.addAll(filterParameters);
        String counted = condition.isEmpty()
                ? " from diagnostic d where d.network_id = ? and d.campaign_id = ?"
                : " from diagnostic d join structure s on s.id = d.structure_id and s.network_id = d.network_id"
                        + " where d.network_id = ? and d.campaign_id = ?" + condition;
        return jdbc.queryForObject(
                "select (select count(*) from structure s where s.network_id = ?" + condition + "), d.*"
                        + " from (select count(*) filter (where d.status in ('SUBMITTED', 'VALIDATED')),"
                        + " count(*) filter (where d.status = 'VALIDATED')" + counted + ") d",
                (rs, row) -> new ResultsProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                parameters.toArray());
    }

    /**
     * The latest campaign year in which a structure of the filter submitted (or had validated) its
     * diagnostic: campaigns are few, so each is asked whether one such diagnostic exists (found
     * through the campaign index) instead of joining every diagnostic of the network.
     */
    Optional<Integer> latestYearWithResults(Filter filter, boolean validatedOnly) {
        List<Object> parameters = new ArrayList<>(List.of(Tenancy.currentNetworkId()));
        String condition = condition(filter, parameters);
        Integer year = jdbc.queryForObject(
                "select max(c.year) from campaign c where c.network_id = ? and exists (select 1 from diagnostic d"
                        + (condition.isEmpty()
                                ? ""
                                : " join structure s on s.id = d.structure_id and s.network_id = d.network_id")
                        + " where d.campaign_id = c.id and d.network_id = c.network_id and d.status in "
                        + (validatedOnly ? "('VALIDATED')" : "('SUBMITTED', 'VALIDATED')")
                        + condition + ")",
                Integer.class,
                parameters.toArray());
        return Optional.ofNullable(year);
    }

    private static String condition(Filter filter, List<Object> parameters) {
        StringBuilder condition = new StringBuilder();
        if (filter.unionId() != null) {
            condition.append(" and s.territorial_union_id = ?");
            parameters.add(filter.unionId());
        }
        if (filter.structureIds() != null) {
            condition.append(" and s.id = any(?)");
            parameters.add(filter.structureIds().toArray(Long[]::new));
        }
        return condition.toString();
    }

    private static final class Builder {
        final long diagnosticId;
        final long campaignId;
        final int year;
        final DiagnosticStatus status;
        final Map<RateBasis, ResultsCounts.Builder> counts = new EnumMap<>(RateBasis.class);

        Builder(long diagnosticId, long campaignId, int year, DiagnosticStatus status) {
            this.diagnosticId = diagnosticId;
            this.campaignId = campaignId;
            this.year = year;
            this.status = status;
        }

        void add(RateBasis basis, String themeCode, int level, ConformityRate rate) {
            counts.computeIfAbsent(basis, b -> new ResultsCounts.Builder()).add(themeCode, level, rate);
        }

        ResultsOfDiagnostic build() {
            Map<RateBasis, ResultsCounts> built = new EnumMap<>(RateBasis.class);
            counts.forEach((basis, builder) -> built.put(basis, builder.build()));
            return new ResultsOfDiagnostic(diagnosticId, campaignId, year, status, built);
        }
    }
}
