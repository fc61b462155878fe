package fr.pilotis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.StructureScope;
import fr.pilotis.support.PilotisTest;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planning, action-plan, deliverable, impact and ANAP indicators, hand-computed at every scope
 * on {@link ProviderWorld}'s table.
 */
@PilotisTest
class ProviderIndicatorsTests {

    private static final Offset<Double> CLOSE = within(0.001);

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcTemplate jdbc;

    IndicatorWorld.World world;

    @BeforeEach
    void createWorld() {
        world = new IndicatorWorld(context).create();
        world.in(() -> {
            ProviderWorld.seed(jdbc, world);
            return null;
        });
    }

    @Test
    void oneStructure() {
        ScopeIndicators a = values(2025, structures(world.a()));
        assertThat(value(a, "planning.participation")).isEqualTo(100.0);
        assertThat(value(a, "planning.excused")).isEqualTo(0.0);
        assertThat(value(a, "planning.meetings")).isEqualTo(2.0);
        assertThat(value(a, "actionplan.completion")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(a, "actionplan.overdue")).isEqualTo(1.0);
        assertThat(value(a, "actionplan.collective")).isEqualTo(50.0);
        assertThat(value(a, "deliverable.validated")).isEqualTo(50.0);
        assertThat(value(a, "deliverable.validated.4.2.9")).isEqualTo(100.0);
        assertThat(value(a, "impact.clients")).isEqualTo(100.0);
        assertThat(value(a, "impact.satisfied")).isEqualTo(75.0);
        assertThat(value(a, "impact.complaints")).isEqualTo(3.0);
        // AB12 and « ab 12 » are one client: 2 distinct of 100
        assertThat(value(a, "impact.unhappy")).isEqualTo(2.0);
        assertThat(value(a, "anap.ACTIVITY_RATE")).isCloseTo(90.0, CLOSE);
        assertThat(value(a, "anap.AVERAGE_SUPPORT_LENGTH")).isCloseTo(120.0, CLOSE);
        assertThat(value(a, "anap.STAFFING_RATIO")).isCloseTo(0.25, CLOSE);
    }

    @Test
    void oneWorkingGroup() {
        ScopeIndicators g1 = values(2025, new StructureScope(false, Set.of(), Set.of(world.g1()), Set.of(), Set.of()));
        assertThat(value(g1, "planning.participation")).isEqualTo(75.0);
        assertThat(value(g1, "planning.excused")).isEqualTo(25.0);
        assertThat(value(g1, "planning.meetings")).isEqualTo(2.0);
        assertThat(value(g1, "actionplan.completion")).isEqualTo(60.0);
        assertThat(value(g1, "actionplan.overdue")).isEqualTo(2.0);
        assertThat(value(g1, "deliverable.validated")).isEqualTo(50.0);
        assertThat(value(g1, "impact.satisfied")).isEqualTo(70.0);
        // B is a SAAD: the ANAP indicators do not concern it, A alone makes the median
        assertThat(value(g1, "anap.ACTIVITY_RATE")).isCloseTo(90.0, CLOSE);
        assertThat(g1.of("anap.ACTIVITY_RATE").orElseThrow().structures()).isEqualTo(1);
    }

    @Test
    void oneTerritorialUnion() {
        ScopeIndicators u1 = values(2025, new StructureScope(false, Set.of(world.u1()), Set.of(), Set.of(), Set.of()));
        assertThat(value(u1, "planning.participation")).isEqualTo(60.0);
        assertThat(value(u1, "planning.excused")).isEqualTo(20.0);
        // G1's two meetings and G2's one: M4 was not held
        assertThat(value(u1, "planning.meetings")).isEqualTo(3.0);
        assertThat(value(u1, "actionplan.completion")).isEqualTo(60.0);
        assertThat(value(u1, "actionplan.overdue")).isEqualTo(2.0);
        assertThat(value(u1, "actionplan.collective")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(u1, "deliverable.validated")).isEqualTo(60.0);
        assertThat(value(u1, "deliverable.validated.4.2.9")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(u1, "impact.clients")).isEqualTo(150.0);
        // C entered nothing: no figure, not a zero
        assertThat(u1.of("impact.clients").orElseThrow().structures()).isEqualTo(2);
        assertThat(value(u1, "impact.satisfied")).isEqualTo(70.0);
        assertThat(value(u1, "impact.complaints")).isEqualTo(3.0);
        assertThat(value(u1, "impact.unhappy")).isCloseTo(200.0 / 150, CLOSE);
        assertThat(value(u1, "anap.ACTIVITY_RATE")).isCloseTo(85.0, CLOSE);
        assertThat(value(u1, "anap.AVERAGE_SUPPORT_LENGTH")).isCloseTo(135.0, CLOSE);
        assertThat(value(u1, "anap.STAFFING_RATIO")).isCloseTo(0.275, CLOSE);

        ScopeIndicators u2 = values(2025, new StructureScope(false, Set.of(world.u2()), Set.of(), Set.of(), Set.of()));
        assertThat(value(u2, "planning.participation")).isEqualTo(100.0);
        assertThat(value(u2, "planning.meetings")).isEqualTo(1.0);
        assertThat(value(u2, "actionplan.completion")).isNull();
        assertThat(value(u2, "actionplan.overdue")).isNull();
        assertThat(value(u2, "actionplan.collective")).isEqualTo(100.0);
        assertThat(value(u2, "deliverable.validated")).isEqualTo(0.0);
        // D has a complaint but no year entered: complaints count, clients and rates do not exist
        assertThat(value(u2, "impact.complaints")).isEqualTo(1.0);
        assertThat(value(u2, "impact.clients")).isNull();
        assertThat(value(u2, "impact.unhappy")).isNull();
        assertThat(value(u2, "impact.satisfied")).isNull();
        assertThat(value(u2, "anap.ACTIVITY_RATE")).isCloseTo(110.0, CLOSE);
    }

    @Test
    void theNetworkAndAFundersDepartements() {
        ScopeIndicators network = values(2025, StructureScope.wholeNetwork());
        assertThat(value(network, "planning.participation")).isCloseTo(400.0 / 6, CLOSE);
        assertThat(value(network, "planning.excused")).isCloseTo(100.0 / 6, CLOSE);
        // M3's group spans U1 and U2: counted once
        assertThat(value(network, "planning.meetings")).isEqualTo(3.0);
        assertThat(value(network, "actionplan.completion")).isEqualTo(60.0);
        assertThat(value(network, "actionplan.collective")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(network, "deliverable.validated")).isEqualTo(50.0);
        assertThat(value(network, "deliverable.validated.4.2.9")).isEqualTo(50.0);
        assertThat(value(network, "impact.clients")).isEqualTo(150.0);
        assertThat(value(network, "impact.complaints")).isEqualTo(4.0);
        assertThat(value(network, "impact.unhappy")).isCloseTo(200.0 / 150, CLOSE);
        assertThat(value(network, "anap.ACTIVITY_RATE")).isCloseTo(90.0, CLOSE);
        assertThat(value(network, "anap.AVERAGE_SUPPORT_LENGTH")).isCloseTo(120.0, CLOSE);
        assertThat(value(network, "anap.STAFFING_RATIO")).isCloseTo(0.25, CLOSE);

        ScopeIndicators departements =
                values(2025, new StructureScope(false, Set.of(), Set.of(), Set.of(), Set.of("13", "84")));
        assertThat(value(departements, "planning.participation")).isEqualTo(60.0);
        assertThat(value(departements, "planning.meetings")).isEqualTo(3.0);
        assertThat(value(departements, "impact.complaints")).isEqualTo(3.0);
        assertThat(value(departements, "anap.ACTIVITY_RATE")).isCloseTo(85.0, CLOSE);
    }

    @Test
    void anotherYearReadsItsOwnRows() {
        assertThat(world.in(() -> indicators.years())).containsExactly(2024, 2025);
        ScopeIndicators y2024 = values(2024, StructureScope.wholeNetwork());
        assertThat(value(y2024, "planning.participation")).isEqualTo(0.0);
        assertThat(value(y2024, "planning.meetings")).isEqualTo(1.0);
        assertThat(value(y2024, "actionplan.completion")).isEqualTo(100.0);
        assertThat(value(y2024, "deliverable.validated")).isEqualTo(100.0);
        assertThat(value(y2024, "impact.complaints")).isEqualTo(1.0);
        assertThat(value(y2024, "impact.clients")).isNull();
        assertThat(value(y2024, "anap.ACTIVITY_RATE")).isNull();
    }

    @Test
    void theAnapDefinitionsAreTheDatabasesWithTheirUnits() {
        var byCode = new java.util.HashMap<String, IndicatorDefinition>();
        world.in(() -> indicators.definitions()).forEach(d -> byCode.put(d.code(), d));
        IndicatorDefinition activity = byCode.get("anap.ACTIVITY_RATE");
        assertThat(activity.literalLabel()).isEqualTo("Taux de réalisation de l'activité");
        assertThat(activity.unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(activity.aggregation()).isEqualTo(Aggregation.MEDIAN);
        assertThat(activity.family()).isEqualTo(IndicatorFamily.ANAP_PRESTATIONS);
        assertThat(activity.structureTypes())
                .containsExactlyInAnyOrder(
                        fr.pilotis.organisation.StructureType.SSIAD, fr.pilotis.organisation.StructureType.SPASAD);
        assertThat(byCode.get("anap.AVERAGE_SUPPORT_LENGTH").unit()).isEqualTo(IndicatorUnit.DAYS);
        assertThat(byCode.get("anap.STAFFING_RATIO").unit()).isEqualTo(IndicatorUnit.DECIMAL);
        assertThat(byCode.get("anap.STAFFING_RATIO").literalUnit()).isEqualTo("ETP/place");
        assertThat(byCode.get("anap.FRNG_DAYS").unit()).isEqualTo(IndicatorUnit.DAYS);
    }

    private ScopeIndicators values(int year, StructureScope scope) {
        return world.in(() -> indicators.values(year, scope));
    }

    private StructureScope structures(long... ids) {
        Set<Long> set = new java.util.HashSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return new StructureScope(false, Set.of(), Set.of(), set, Set.of());
    }

    private static Double value(ScopeIndicators values, String code) {
        return values.of(code)
                .orElseThrow(() -> new AssertionError("no indicator " + code))
                .value();
    }
}
