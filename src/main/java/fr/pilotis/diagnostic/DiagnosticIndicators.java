package fr.pilotis.diagnostic;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme indicators the self-diagnostics feed (slides 22–23): structures that did the
 * diagnostic, conformity rates (the module's, declared and validated, and each theme's declared
 * one, for the dashboards' « conformity by theme »), all level-1 / level-2 criteria met, and compliance with each key
 * criterion. The key criteria are those the campaign's référentiel flags with a key deliverable:
 * data, never a hard-wired list of codes. « Met » reads the expert's ratings once a diagnostic is
 * validated, the structure's declared ones while it is only submitted. Plain SQL over this module's
 * tables, in bulk; it names its network itself.
 */
@Component
@Transactional(readOnly = true)
class DiagnosticIndicators implements IndicatorProvider {

    static final String DONE = "diagnostic.done";
    static final String CONFORMITY_DECLARED = "diagnostic.conformity.declared";
    static final String CONFORMITY_VALIDATED = "diagnostic.conformity.validated";
    static final String LEVEL_1 = "diagnostic.level1";
    static final String LEVEL_2 = "diagnostic.level2";
    static final String KEY_PREFIX = "diagnostic.key.";
    static final String THEME_PREFIX = "diagnostic.theme.";

    private static final String SOURCE = "indicator.source.diagnostic";
    private static final String SUBMITTED = "('SUBMITTED', 'VALIDATED')";

    private final JdbcTemplate jdbc;

    DiagnosticIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> definitions = new ArrayList<>(List.of(
                definition(DONE, IndicatorFamily.REALISATION, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 140),
                definition(
                        CONFORMITY_DECLARED,
                        IndicatorFamily.REALISATION,
                        IndicatorUnit.PERCENT,
                        Aggregation.MEAN_OF_RATES,
                        150),
                definition(
                        CONFORMITY_VALIDATED,
                        IndicatorFamily.REALISATION,
                        IndicatorUnit.PERCENT,
                        Aggregation.MEAN_OF_RATES,
                        151),
                definition(
                        LEVEL_1, IndicatorFamily.REALISATION, IndicatorUnit.PERCENT, Aggregation.SHARE_SATISFYING, 170),
                definition(
                        LEVEL_2,
                        IndicatorFamily.REALISATION,
                        IndicatorUnit.PERCENT,
                        Aggregation.SHARE_SATISFYING,
                        171)));
        int themeOrder = 160;
        for (Map.Entry<String, String> theme : themes().entrySet()) {
            definitions.add(new IndicatorDefinition(
                    THEME_PREFIX + theme.getKey(),
                    IndicatorFamily.REALISATION,
                    "indicator.def.diagnostic.theme.label",
                    List.of(theme.getKey(), theme.getValue()),
                    "indicator.def.diagnostic.theme.formula",
                    SOURCE,
                    IndicatorUnit.PERCENT,
                    IndicatorDefinition.ALL_TYPES,
                    Aggregation.MEAN_OF_RATES,
                    themeOrder++));
        }
        int order = 230;
        for (Map.Entry<String, String> key : keyCriteria().entrySet()) {
            definitions.add(new IndicatorDefinition(
                    KEY_PREFIX + key.getKey(),
                    IndicatorFamily.EFFECTIVITE,
                    "indicator.def.diagnostic.key.label",
                    List.of(key.getKey(), key.getValue()),
                    "indicator.def.diagnostic.key.formula",
                    SOURCE,
                    IndicatorUnit.PERCENT,
                    IndicatorDefinition.ALL_TYPES,
                    Aggregation.SHARE_SATISFYING,
                    order++));
        }
        return definitions;
    }

    @Override
    public Set<Integer> years() {
        return new HashSet<>(jdbc.queryForList(
                "select year from campaign where network_id = ?", Integer.class, Tenancy.currentNetworkId()));
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        Optional<long[]> campaign = campaignOf(year);
        if (campaign.isEmpty() || structureIds.isEmpty()) {
            return List.of();
        }
        long network = Tenancy.currentNetworkId();
        long campaignId = campaign.get()[0];
        long referentialId = campaign.get()[1];
        Long[] ids = structureIds.toArray(Long[]::new);
        List<StructureFigure> figures = new ArrayList<>();
        Set<Long> submitted = new HashSet<>();
        // every structure asked is engaged: it did the diagnostic once it was submitted
        jdbc.query(
                "select s.id, d.status from structure s left join diagnostic d on d.network_id = s.network_id"
                        + " and d.structure_id = s.id and d.campaign_id = ? where s.network_id = ? and s.id = any(?)",
                rs -> {
                    String status = rs.getString(2);
                    boolean done = "SUBMITTED".equals(status) || "VALIDATED".equals(status);
                    if (done) {
                        submitted.add(rs.getLong(1));
                    }
                    figures.add(new StructureFigure(DONE, rs.getLong(1), done ? 1 : 0, 1));
                },
                campaignId,
                network,
                ids);
        // the module's rate ('') on both bases, and each theme's declared rate
        jdbc.query(
                "select structure_id, basis, theme_code, met, met + partial + not_met from diagnostic_rate"
                        + " where network_id = ? and campaign_id = ? and structure_id = any(?)"
                        + " and (theme_code = '' or basis = 'DECLARED')",
                rs -> {
                    boolean validated = "VALIDATED".equals(rs.getString(2));
                    String theme = rs.getString(3);
                    String code = !theme.isEmpty()
                            ? THEME_PREFIX + theme
                            : validated ? CONFORMITY_VALIDATED : CONFORMITY_DECLARED;
                    figures.add(new StructureFigure(code, rs.getLong(1), rs.getInt(4), rs.getInt(5)));
                },
                network,
                campaignId,
                ids);
        jdbc.query(
                "select d.structure_id, ds.level, sum(ds.partial + ds.not_met) from diagnostic d"
                        + " join diagnostic_score ds on ds.network_id = d.network_id and ds.diagnostic_id = d.id"
                        + " and ds.basis = case when d.status = 'VALIDATED' then 'VALIDATED' else 'DECLARED' end"
                        + " where d.network_id = ? and d.campaign_id = ? and d.status in " + SUBMITTED
                        + " and d.structure_id = any(?) group by d.structure_id, ds.level",
                rs -> {
                    figures.add(new StructureFigure(
                            rs.getInt(2) == 1 ? LEVEL_1 : LEVEL_2, rs.getLong(1), rs.getLong(3) == 0 ? 1 : 0, 1));
                },
                network,
                campaignId,
                ids);
        figures.addAll(keyCriterionFigures(network, campaignId, referentialId, ids, submitted));
        return figures;
    }

    // Each engaged structure counts for each key criterion: compliant (1), not (0: also when its
    // diagnostic is not submitted), or not concerned (no figure) when rated not applicable.
    private List<StructureFigure> keyCriterionFigures(
            long network, long campaignId, long referentialId, Long[] ids, Set<Long> submitted) {
        List<String> codes = jdbc.queryForList(
                "select code from criterion where network_id = ? and referential_id = ?"
                        + " and length(trim(coalesce(key_deliverable, ''))) > 0 order by position",
                String.class,
                network,
                referentialId);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> ratings = new HashMap<>();
        jdbc.query(
                "select d.structure_id, cr.code,"
                        + " case when d.status = 'VALIDATED' then coalesce(a.review_rating, a.rating) else a.rating end"
                        + " from diagnostic d join answer a on a.network_id = d.network_id and a.diagnostic_id = d.id"
                        + " join criterion cr on cr.network_id = a.network_id and cr.id = a.criterion_id"
                        + " where d.network_id = ? and d.campaign_id = ? and d.status in " + SUBMITTED
                        + " and length(trim(coalesce(cr.key_deliverable, ''))) > 0 and d.structure_id = any(?)",
                rs -> {
                    ratings.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                },
                network,
                campaignId,
                ids);
        List<StructureFigure> figures = new ArrayList<>();
        for (Long id : ids) {
            Map<String, String> own = submitted.contains(id) ? ratings.getOrDefault(id, Map.of()) : Map.of();
            for (String code : codes) {
                String rating = own.get(code);
                if (!"NON_APPLICABLE".equals(rating)) {
                    figures.add(new StructureFigure(KEY_PREFIX + code, id, "CONFORME".equals(rating) ? 1 : 0, 1));
                }
            }
        }
        return figures;
    }

    // The key criteria of the référentiels the network's campaigns use, by code (the latest wording).
    private Map<String, String> keyCriteria() {
        Map<String, String> criteria = new LinkedHashMap<>();
        jdbc.query(
                "select cr.code, cr.key_deliverable from criterion cr"
                        + " join campaign c on c.network_id = cr.network_id and c.referential_id = cr.referential_id"
                        + " where cr.network_id = ? and length(trim(coalesce(cr.key_deliverable, ''))) > 0"
                        + " order by c.year, cr.position",
                rs -> {
                    criteria.put(rs.getString(1), rs.getString(2).strip());
                },
                Tenancy.currentNetworkId());
        return criteria;
    }

    // The themes of the référentiels the network's campaigns use, by code (the latest title).
    private Map<String, String> themes() {
        Map<String, String> themes = new LinkedHashMap<>();
        jdbc.query(
                "select t.code, t.title from referential_theme t"
                        + " join campaign c on c.network_id = t.network_id and c.referential_id = t.referential_id"
                        + " where t.network_id = ? order by c.year, t.position",
                rs -> {
                    themes.put(rs.getString(1), rs.getString(2));
                },
                Tenancy.currentNetworkId());
        return themes;
    }

    private Optional<long[]> campaignOf(int year) {
        return jdbc
                .query(
                        "select id, referential_id from campaign where network_id = ? and year = ?",
                        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                        Tenancy.currentNetworkId(),
                        year)
                .stream()
                .findFirst();
    }

    private static IndicatorDefinition definition(
            String code, IndicatorFamily family, IndicatorUnit unit, Aggregation aggregation, int order) {
        return IndicatorDefinition.ofKeys(code, family, SOURCE, unit, aggregation, order);
    }
}
