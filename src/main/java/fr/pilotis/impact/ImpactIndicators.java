package fr.pilotis.impact;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact indicators (slide 23), from {@link ImpactFigures} (one statement): clients served,
 * % satisfied = (très satisfait + satisfait) ÷ questionnaires returned, complaints received in the
 * year, % unhappy = distinct complaining clients ÷ clients served. A structure that entered nothing
 * for the year gives no figure (not zeros); a rate needs its denominator entered. The qualitative
 * benefits are text, left to the impact pages.
 */
@Component
@Transactional(readOnly = true)
class ImpactIndicators implements IndicatorProvider {

    static final String CLIENTS = "impact.clients";
    static final String SATISFIED = "impact.satisfied";
    static final String COMPLAINTS = "impact.complaints";
    static final String UNHAPPY = "impact.unhappy";

    private static final String SOURCE = "indicator.source.impact";

    private final ImpactFigures figures;

    ImpactIndicators(ImpactFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                definition(CLIENTS, IndicatorUnit.COUNT, Aggregation.SUM, 300),
                definition(SATISFIED, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 310),
                definition(COMPLAINTS, IndicatorUnit.COUNT, Aggregation.SUM, 320),
                definition(UNHAPPY, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 330));
    }

    @Override
    public Set<Integer> years() {
        return figures.years();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<StructureFigure> result = new ArrayList<>();
        for (StructureImpact impact : figures.forStructures(year, structureIds).values()) {
            if (!impact.entered()) {
                continue;
            }
            long id = impact.structureId();
            Integer served = impact.clientsServed();
            if (served != null) {
                result.add(new StructureFigure(CLIENTS, id, served, 1));
                if (served > 0) {
                    result.add(new StructureFigure(UNHAPPY, id, impact.complainingClients(), served));
                }
            }
            Integer returned = impact.questionnairesReturned();
            if (returned != null && returned > 0) {
                int satisfied = orZero(impact.verySatisfied()) + orZero(impact.satisfied());
                result.add(new StructureFigure(SATISFIED, id, satisfied, returned));
            }
            result.add(new StructureFigure(COMPLAINTS, id, impact.complaints(), 1));
        }
        return result;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static IndicatorDefinition definition(String code, IndicatorUnit unit, Aggregation aggregation, int order) {
        return IndicatorDefinition.ofKeys(code, IndicatorFamily.IMPACT, SOURCE, unit, aggregation, order);
    }
}
