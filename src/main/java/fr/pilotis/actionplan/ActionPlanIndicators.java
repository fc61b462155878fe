package fr.pilotis.actionplan;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action-plan indicators (slide 22), over the actions due in the year
 * ({@link ActionPlanFigures}): completion of the structures' own plans (done ÷ not abandoned,
 * summed over the structures so that a UT's rate is exact), overdue actions of those plans, and
 * completion of the collective plans of the working groups the scope's structures belong to. A
 * collective plan is not a structure's, so it is a scope value: each group counted once, its
 * actions summed (Σ done ÷ Σ not abandoned), whatever UT its other structures sit in.
 */
@Component
@Transactional(readOnly = true)
class ActionPlanIndicators implements IndicatorProvider {

    static final String COMPLETION = "actionplan.completion";
    static final String OVERDUE = "actionplan.overdue";
    static final String COLLECTIVE = "actionplan.collective";

    private static final String SOURCE = "indicator.source.actionplan";

    private final ActionPlanFigures figures;
    private final JdbcTemplate jdbc;

    ActionPlanIndicators(ActionPlanFigures figures, JdbcTemplate jdbc) {
        this.figures = figures;
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                definition(COMPLETION, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 180),
                definition(COLLECTIVE, IndicatorUnit.PERCENT, Aggregation.SCOPE_VALUE, 181),
                definition(OVERDUE, IndicatorUnit.COUNT, Aggregation.SUM, 182));
    }

    @Override
    public Set<Integer> years() {
        return figures.yearsWithActions();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<StructureFigure> result = new ArrayList<>();
        figures.completionOfStructures(year, structureIds).forEach((id, completion) -> {
            if (completion.counted() > 0) {
                result.add(new StructureFigure(COMPLETION, id, completion.done(), completion.counted()));
            }
            result.add(new StructureFigure(OVERDUE, id, completion.overdue(), 1));
        });
        return result;
    }

    @Override
    public Map<String, Double> scopeValues(int year, Collection<Long> structureIds) {
        List<Long> groups = jdbc.queryForList(
                "select distinct working_group_id from structure where network_id = ? and id = any(?)"
                        + " and working_group_id is not null",
                Long.class,
                Tenancy.currentNetworkId(),
                structureIds.toArray(Long[]::new));
        Completion total =
                figures.completionOfGroups(year, groups).values().stream().reduce(Completion.NONE, Completion::plus);
        Double rate = total.rate();
        return rate == null ? Map.of() : Map.of(COLLECTIVE, rate);
    }

    private static IndicatorDefinition definition(String code, IndicatorUnit unit, Aggregation aggregation, int order) {
        return IndicatorDefinition.ofKeys(code, IndicatorFamily.REALISATION, SOURCE, unit, aggregation, order);
    }
}
