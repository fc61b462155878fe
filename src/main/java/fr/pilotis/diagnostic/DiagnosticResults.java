package fr.pilotis.diagnostic;

import fr.pilotis.organisation.StructureScope;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conformity results over many structures, computed by PostgreSQL from the per-diagnostic rates
 * ({@code diagnostic_rate}, kept by {@link DiagnosticScores}): a structure's theme rate is its met ÷ applicable; a UT's, group's or
 * the network's average is the arithmetic mean of its structures' rates (slide 7's « taux moyen »),
 * over the structures whose diagnostic was submitted for the campaign. Plain SQL names its network
 * and the caller's scope explicitly.
 */
@Service
@Transactional(readOnly = true)
public class DiagnosticResults {

    /** Averages shown to a referent beside its own: only over at least this many structures. */
    public static final int MIN_STRUCTURES_FOR_COMPARISON = 5;

    private static final String MODULE = "";

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final ReferentialCatalog referentials;

    DiagnosticResults(JdbcTemplate jdbc, CampaignRepository campaigns, ReferentialCatalog referentials) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.referentials = referentials;
    }

    /** One row per structure of the scope with a submitted diagnostic, and their average. */
    public ResultsTable structureTable(long campaignId, StructureScope scope, RateBasis basis) {
        List<ThemeView> themes = themesOf(campaignId);
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        jdbc.query(
                perStructure(scope) + " select structure_id, structure_name, theme_code, rate from rates"
                        + " order by structure_name, structure_id",
                rs -> {
                    rows.computeIfAbsent(rs.getLong(1), id -> new RowBuilder(id, readName(rs)))
                            .put(rs.getString(3), (Double) rs.getObject(4));
                },
                parameters(campaignId, basis, scope));
        List<ResultsTable.Row> built =
                rows.values().stream().map(RowBuilder::build).toList();
        return new ResultsTable(themes, built, averageOf(built, 0, ""));
    }

    /**
     * One row per UT (the mean of its structures' rates) and the network's average over all structures,
     * in one pass over the campaign's rates: the grouping sets give both the UT rows and the network
     * row, and the UT names are joined to the hundred-odd aggregated rows rather than to every rate.
     */
    public ResultsTable unionTable(long campaignId, RateBasis basis) {
        List<ThemeView> themes = themesOf(campaignId);
        long networkId = Tenancy.currentNetworkId();
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        RowBuilder network = new RowBuilder(0, "");
        jdbc.query(
                "select u.id, u.name, a.theme_code, a.rate, a.structures, a.whole_network from ("
                        + " select s.territorial_union_id as union_id, r.theme_code, avg(r.rate) as rate,"
                        + " count(*) as structures, grouping(s.territorial_union_id) = 1 as whole_network"
                        + " from diagnostic_rate r"
                        + " join structure s on s.id = r.structure_id and s.network_id = r.network_id"
                        + " where r.network_id = ? and r.campaign_id = ? and r.basis = ?"
                        + " group by grouping sets ((s.territorial_union_id, r.theme_code), (r.theme_code))) a"
                        + " left join territorial_union u on u.id = a.union_id and u.network_id = ?"
                        + " order by a.whole_network, u.name",
                rs -> {
                    // a structure has one rate per theme, so a theme's row count is its structure count
                    RowBuilder row = rs.getBoolean(6)
                            ? network
                            : rows.computeIfAbsent(rs.getLong(1), id -> new RowBuilder(id, readName(rs)));
                    row.put(rs.getString(3), (Double) rs.getObject(4));
                    row.count = Math.max(row.count, rs.getLong(5));
                },
                networkId,
                campaignId,
                basis.name(),
                networkId);
        return new ResultsTable(
                themes, rows.values().stream().map(RowBuilder::build).toList(), network.build());
    }

    /** Declared against validated, per structure of the scope whose diagnostic was validated. */
    public List<GapRow> gaps(long campaignId, StructureScope scope) {
        ResultsTable declared = structureTable(campaignId, scope, RateBasis.DECLARED);
        ResultsTable validated = structureTable(campaignId, scope, RateBasis.VALIDATED);
        Map<Long, ResultsTable.Row> declaredById = new HashMap<>();
        declared.rows().forEach(r -> declaredById.put(r.id(), r));
        List<GapRow> gaps = new ArrayList<>();
        for (ResultsTable.Row v : validated.rows()) {
            ResultsTable.Row d = declaredById.get(v.id());
            if (d != null) {
                gaps.add(new GapRow(v.id(), v.label(), d.themeRates(), v.themeRates(), d.moduleRate(), v.moduleRate()));
            }
        }
        return gaps;
    }

    /** The average row over a scope, or nothing when fewer than {@code minimum} structures count in it. */
    public java.util.Optional<ResultsTable.Row> average(
            long campaignId, StructureScope scope, RateBasis basis, int minimum) {
        ResultsTable table = structureTable(campaignId, scope, basis);
        return table.average().structureCount() >= minimum
                ? java.util.Optional.of(table.average())
                : java.util.Optional.empty();
    }

    private List<ThemeView> themesOf(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        return referentials.version(campaign.getReferentialId()).themes();
    }

    // Each submitted structure's rate per theme ('' for the module), kept by DiagnosticScores.
    private static String perStructure(StructureScope scope) {
        return "with rates as ("
                + " select r.structure_id, s.name as structure_name, s.territorial_union_id as union_id, r.theme_code,"
                + " r.rate from diagnostic_rate r"
                + " join structure s on s.id = r.structure_id and s.network_id = r.network_id"
                + " where r.network_id = ? and r.campaign_id = ? and r.basis = ? and " + scopeCondition(scope) + ")";
    }

    private static String scopeCondition(StructureScope scope) {
        if (scope.everything()) {
            return "true";
        }
        return "(s.territorial_union_id = any(?) or s.working_group_id = any(?) or s.id = any(?)"
                + " or s.departement = any(?))";
    }

    private static Object[] parameters(long campaignId, RateBasis basis, StructureScope scope) {
        List<Object> parameters = new ArrayList<>(List.of(Tenancy.currentNetworkId(), campaignId, basis.name()));
        if (!scope.everything()) {
            parameters.add(scope.unionIds().toArray(Long[]::new));
            parameters.add(scope.groupIds().toArray(Long[]::new));
            parameters.add(scope.structureIds().toArray(Long[]::new));
            parameters.add(scope.departements().toArray(String[]::new));
        }
        return parameters.toArray();
    }

    private static String readName(java.sql.ResultSet rs) {
        try {
            return rs.getString(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResultsTable.Row averageOf(Collection<ResultsTable.Row> rows, long id, String label) {
        Map<String, Double> themes = new HashMap<>();
        rows.stream().flatMap(r -> r.themeRates().keySet().stream()).distinct().forEach(code -> {
            OptionalDouble mean =
                    Scorecard.average(rows.stream().map(r -> r.rate(code)).toList());
            if (mean.isPresent()) {
                themes.put(code, mean.getAsDouble());
            }
        });
        OptionalDouble module = Scorecard.average(
                rows.stream().map(ResultsTable.Row::moduleRate).toList());
        return new ResultsTable.Row(id, label, themes, module.isPresent() ? module.getAsDouble() : null, rows.size());
    }

    private static final class RowBuilder {
        final long id;
        final String label;
        final Map<String, Double> themes = new HashMap<>();
        Double module;
        long count = 1;

        RowBuilder(long id, String label) {
            this.id = id;
            this.label = label;
        }

        void put(String themeCode, Double rate) {
            if (MODULE.equals(themeCode)) {
                module = rate;
            } else if (rate != null) {
                themes.put(themeCode, rate);
            }
        }

        ResultsTable.Row build() {
            return new ResultsTable.Row(id, label, Map.copyOf(themes), module, count);
        }
    }
}
