package fr.pilotis.deliverable;

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
 * Deliverables validated ÷ deliverables expected (slide 22), for each structure and summed over a
 * scope, in total and for each criterion some requirement refers to (the same statement:
 * {@link DeliverableFigures#byStructure}). A deliverable belongs to the year its requirement is due
 * in (the year the requirement was made when it has no due date).
 */
@Component
@Transactional(readOnly = true)
class DeliverableIndicators implements IndicatorProvider {

    static final String VALIDATED = "deliverable.validated";
    static final String CRITERION_PREFIX = "deliverable.validated.";

    private static final String SOURCE = "indicator.source.deliverable";

    private final DeliverableFigures figures;

    DeliverableIndicators(DeliverableFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        definitions.add(new IndicatorDefinition(
                VALIDATED,
                IndicatorFamily.REALISATION,
                "indicator.def.deliverable.validated.label",
                List.of(),
                "indicator.def.deliverable.validated.formula",
                SOURCE,
                IndicatorUnit.PERCENT,
                IndicatorDefinition.ALL_TYPES,
                Aggregation.RATIO_OF_SUMS,
                190));
        int order = 191;
        for (String code : figures.criterionCodes()) {
            definitions.add(new IndicatorDefinition(
                    CRITERION_PREFIX + code,
                    IndicatorFamily.REALISATION,
                    "indicator.def.deliverable.criterion.label",
                    List.of(code),
                    "indicator.def.deliverable.criterion.formula",
                    SOURCE,
                    IndicatorUnit.PERCENT,
                    IndicatorDefinition.ALL_TYPES,
                    Aggregation.RATIO_OF_SUMS,
                    order++));
        }
        return definitions;
    }

    @Override
    public Set<Integer> years() {
        return figures.years();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        return figures.byStructure(year, structureIds).stream()
                .map(c -> new StructureFigure(
                        c.criterionCode() == null ? VALIDATED : CRITERION_PREFIX + c.criterionCode(),
                        c.structureId(),
                        c.validated(),
                        c.expected()))
                .toList();
    }
}
