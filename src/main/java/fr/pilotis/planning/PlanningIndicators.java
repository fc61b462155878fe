package fr.pilotis.planning;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.organisation.OrganisationDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collective-meeting indicators (slide 22): participation rate (present ÷ expected over the
 * meetings held, summed so that a UT's or the network's rate is exact), the excused share apart
 * (excused counts as absent in the rate), and the meetings held by the groups of the scope's
 * structures — each meeting once, even when its group spans two UT. Read through
 * {@link Participation}, one aggregate per call.
 */
@Component
@Transactional(readOnly = true)
class PlanningIndicators implements IndicatorProvider {

    static final String PARTICIPATION = "planning.participation";
    static final String EXCUSED = "planning.excused";
    static final String MEETINGS = "planning.meetings";

    private static final String SOURCE = "indicator.source.planning";

    private final Participation participation;
    private final OrganisationDirectory organisation;

    PlanningIndicators(Participation participation, OrganisationDirectory organisation) {
        this.participation = participation;
        this.organisation = organisation;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                definition(PARTICIPATION, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 120),
                definition(EXCUSED, IndicatorUnit.PERCENT, Aggregation.RATIO_OF_SUMS, 121),
                definition(MEETINGS, IndicatorUnit.COUNT, Aggregation.SCOPE_VALUE, 122));
    }

    @Override
    public Set<Integer> years() {
        return participation.yearsWithMeetingsHeld();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<StructureFigure> figures = new ArrayList<>();
        participation.ofStructures(year, structureIds).forEach((id, counts) -> {
            figures.add(new StructureFigure(PARTICIPATION, id, counts.present(), counts.expected()));
            figures.add(new StructureFigure(EXCUSED, id, counts.excused(), counts.expected()));
        });
        return figures;
    }

    @Override
    public Map<String, Double> scopeValues(int year, Collection<Long> structureIds) {
        // a meeting belongs to one group: summing over the distinct groups counts it once
        List<Long> groups = organisation.groupIdsOf(structureIds);
        long held = participation.meetingsHeldByGroup(year, groups).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return Map.of(MEETINGS, (double) held);
    }

    private static IndicatorDefinition definition(String code, IndicatorUnit unit, Aggregation aggregation, int order) {
        return IndicatorDefinition.ofKeys(code, IndicatorFamily.REALISATION, SOURCE, unit, aggregation, order);
    }
}
