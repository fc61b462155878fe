package fr.pilotis.diagnostic;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each submitted diagnostic's counts per theme and level ({@code diagnostic_score}): declared
 * at submission, validated at validation. A submitted diagnostic no longer changes, so the results
 * tables add up these few rows instead of every answer. Plain SQL: it names its network itself.
 */
@Component
public class DiagnosticScores {

    private final JdbcTemplate jdbc;

    DiagnosticScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(DiagnosticView diagnostic, RateBasis basis) {
        long network = Tenancy.currentNetworkId();
        jdbc.update(
                "delete from diagnostic_score where network_id = ? and diagnostic_id = ? and basis = ?",
                network,
                diagnostic.id(),
                basis.name());
        Map<String, ConformityRate> counts = new TreeMap<>();
        Map<Long, ThemeView> themes = diagnostic.referential().themesById();
        for (CriterionView criterion : diagnostic.referential().criteria()) {
            AnswerView answer = diagnostic.answerTo(criterion);
            Rating rating = basis == RateBasis.DECLARED ? answer.rating() : answer.reviewRating();
            String key = themes.get(criterion.themeId()).code() + "|" + criterion.level();
            counts.merge(key, ConformityRate.NONE.with(rating), (a, b) -> a.with(rating));
        }
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((key, rate) -> {
            String[] parts = key.split("\\|");
            rows.add(new Object[] {
                network,
                diagnostic.id(),
                basis.name(),
                parts[0],
                Short.valueOf(parts[1]),
                rate.met(),
                rate.partial(),
                rate.notMet(),
                rate.notApplicable()
            });
        });
        jdbc.batchUpdate(
                "insert into diagnostic_score (network_id, diagnostic_id, basis, theme_code, level, met, partial,"
                        + " not_met, not_applicable) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update(
                "delete from diagnostic_rate where network_id = ? and diagnostic_id = ? and basis = ?",
                network,
                diagnostic.id(),
                basis.name());
        jdbc.update(
                RATES_FROM_COUNTS + " and ds.diagnostic_id = ? and ds.basis = ?" + RATES_GROUPING,
                network,
                diagnostic.id(),
                basis.name());
    }

    /** Rebuilds every rate of the network from its counts, after counts were loaded in bulk (benchmarks). */
    public void rebuildRates() {
        long network = Tenancy.currentNetworkId();
        jdbc.update("delete from diagnostic_rate where network_id = ?", network);
        jdbc.update(RATES_FROM_COUNTS + RATES_GROUPING, network);
    }

    /** Rates per theme and for the module ('') from the counts per theme and level. */
    static final String RATES_FROM_COUNTS = "insert into diagnostic_rate (network_id, diagnostic_id, campaign_id,"
            + " structure_id, basis, theme_code, met, partial, not_met, not_applicable, rate)"
            + " select ds.network_id, ds.diagnostic_id, d.campaign_id, d.structure_id, ds.basis,"
            + " coalesce(ds.theme_code, ''), sum(ds.met), sum(ds.partial), sum(ds.not_met), sum(ds.not_applicable),"
            + " case when sum(ds.met + ds.partial + ds.not_met) = 0 then null"
            + " else sum(ds.met) * 100.0 / sum(ds.met + ds.partial + ds.not_met) end"
            + " from diagnostic_score ds join diagnostic d on d.id = ds.diagnostic_id and d.network_id = ds.network_id"
            + " where ds.network_id = ?";

    static final String RATES_GROUPING = " group by grouping sets ("
            + "(ds.network_id, ds.diagnostic_id, d.campaign_id, d.structure_id, ds.basis, ds.theme_code),"
            + " (ds.network_id, ds.diagnostic_id, d.campaign_id, d.structure_id, ds.basis))";

    void forget(long diagnosticId) {
        jdbc.update(
                "delete from diagnostic_score where network_id = ? and diagnostic_id = ?",
                Tenancy.currentNetworkId(),
                diagnosticId);
        jdbc.update(
                "delete from diagnostic_rate where network_id = ? and diagnostic_id = ?",
                Tenancy.currentNetworkId(),
                diagnosticId);
    }
}
