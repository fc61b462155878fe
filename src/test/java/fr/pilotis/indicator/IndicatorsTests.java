package fr.pilotis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.StructureScope;
import fr.pilotis.support.PilotisTest;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every indicator main can feed, hand-computed at each scope on {@link IndicatorWorld}'s table. */
@PilotisTest
class IndicatorsTests {

    private static final Offset<Double> CLOSE = within(0.01);

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    IndicatorWorld.World world;

    @BeforeEach
    void createWorld() {
        world = new IndicatorWorld(context).create();
    }

    @Test
    void oneStructure() {
        ScopeIndicators a = values(2025, structures(world.a()));
        assertThat(value(a, "diagnostic.done")).isEqualTo(100.0);
        assertThat(value(a, "diagnostic.conformity.declared")).isEqualTo(75.0);
        assertThat(value(a, "diagnostic.conformity.validated")).isEqualTo(50.0);
        // its declared level 1 has a non-conformity, but it is validated: the expert's ratings count
        assertThat(value(a, "diagnostic.level1")).isEqualTo(100.0);
        assertThat(value(a, "diagnostic.level2")).isEqualTo(0.0);
        assertThat(value(a, "diagnostic.theme.4.1")).isEqualTo(75.0);
        assertThat(value(a, "diagnostic.key.4.2.9")).isEqualTo(100.0);
        assertThat(value(a, "diagnostic.key.4.2.1")).isEqualTo(0.0);
        assertThat(value(a, "programme.engaged.preparatory")).isEqualTo(0.0);
        assertThat(value(a, "programme.engaged.deployment")).isEqualTo(1.0);
    }

    @Test
    void oneWorkingGroup() {
        ScopeIndicators g1 = values(2025, new StructureScope(false, Set.of(), Set.of(world.g1()), Set.of(), Set.of()));
        assertThat(value(g1, "diagnostic.done")).isEqualTo(100.0);
        assertThat(value(g1, "diagnostic.conformity.declared")).isEqualTo(87.5);
        assertThat(value(g1, "diagnostic.conformity.validated")).isEqualTo(50.0);
        assertThat(value(g1, "diagnostic.level1")).isEqualTo(100.0);
        assertThat(value(g1, "diagnostic.level2")).isEqualTo(50.0);
        assertThat(value(g1, "diagnostic.theme.4.1")).isEqualTo(62.5);
        assertThat(value(g1, "diagnostic.theme.4.2")).isNull();
        assertThat(value(g1, "diagnostic.key.4.2.9")).isEqualTo(100.0);
        assertThat(value(g1, "programme.engaged.preparatory")).isEqualTo(1.0);
        assertThat(value(g1, "programme.engaged.deployment")).isEqualTo(1.0);
        assertThat(value(g1, "programme.pilots.aware")).isEqualTo(1.0);
        assertThat(value(g1, "programme.experts.trained")).isEqualTo(1.0);
    }

    @Test
    void oneTerritorialUnion() {
        ScopeIndicators u1 = values(2025, new StructureScope(false, Set.of(world.u1()), Set.of(), Set.of(), Set.of()));
        assertThat(value(u1, "diagnostic.done")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(u1, "diagnostic.conformity.declared")).isEqualTo(87.5);
        assertThat(value(u1, "diagnostic.level1")).isEqualTo(100.0);
        assertThat(value(u1, "diagnostic.level2")).isEqualTo(50.0);
        // C answered CONFORME but never submitted: it counts as not compliant
        assertThat(value(u1, "diagnostic.key.4.2.9")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(u1, "programme.engaged.deployment")).isEqualTo(2.0);
        assertThat(value(u1, "programme.pilots.aware")).isEqualTo(1.0);
        assertThat(value(u1, "programme.experts.trained")).isEqualTo(2.0);

        ScopeIndicators u2 = values(2025, new StructureScope(false, Set.of(world.u2()), Set.of(), Set.of(), Set.of()));
        assertThat(value(u2, "programme.pilots.aware")).isEqualTo(0.0);
        assertThat(value(u2, "programme.experts.trained")).isEqualTo(1.0);
        // D's only key answer is « non applicable »: no structure counts, no value rather than 0
        assertThat(value(u2, "diagnostic.key.4.2.9")).isNull();
        assertThat(value(u2, "diagnostic.conformity.validated")).isNull();
    }

    @Test
    void theNetworkAndAFundersDepartements() {
        ScopeIndicators network = values(2025, StructureScope.wholeNetwork());
        assertThat(value(network, "diagnostic.done")).isEqualTo(75.0);
        assertThat(value(network, "diagnostic.conformity.declared")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(network, "diagnostic.conformity.validated")).isEqualTo(50.0);
        assertThat(value(network, "diagnostic.level1")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(network, "diagnostic.level2")).isCloseTo(100.0 / 3, CLOSE);
        assertThat(value(network, "diagnostic.key.4.2.9")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(network, "programme.engaged.preparatory")).isEqualTo(1.0);
        assertThat(value(network, "programme.engaged.deployment")).isEqualTo(3.0);
        assertThat(value(network, "programme.experts.trained")).isEqualTo(2.0);
        assertThat(network.of("diagnostic.done").orElseThrow().structures()).isEqualTo(4);

        ScopeIndicators departements =
                values(2025, new StructureScope(false, Set.of(), Set.of(), Set.of(), Set.of("13", "84")));
        assertThat(value(departements, "diagnostic.done")).isCloseTo(200.0 / 3, CLOSE);
        assertThat(value(departements, "diagnostic.conformity.declared")).isEqualTo(87.5);
    }

    @Test
    void aYearWithoutCampaignHasNoDataAndNoValues() {
        assertThat(world.in(() -> indicators.years())).containsExactly(2025);
        assertThat(world.in(() -> indicators.hasData(2024))).isFalse();
        ScopeIndicators none = values(2024, StructureScope.wholeNetwork());
        assertThat(value(none, "diagnostic.done")).isNull();
        assertThat(value(none, "diagnostic.conformity.declared")).isNull();
    }

    @Test
    void theKeyCriteriaAreThoseTheReferentialFlags() {
        List<IndicatorDefinition> keys = world.in(() -> indicators.definitions()).stream()
                .filter(d -> d.code().startsWith("diagnostic.key."))
                .toList();
        assertThat(keys)
                .extracting(IndicatorDefinition::code)
                .contains(
                        "diagnostic.key.4.2.1", "diagnostic.key.4.2.9", "diagnostic.key.4.3.2", "diagnostic.key.4.6.2")
                .doesNotContain("diagnostic.key.4.1.1");
        assertThat(keys.stream()
                        .filter(d -> d.code().equals("diagnostic.key.4.2.9"))
                        .findFirst()
                        .orElseThrow()
                        .labelArguments())
                .containsExactly("4.2.9", "Livret d'accueil");
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
