package fr.pilotis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.indicator.IndicatorValue;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.indicator.ScopeIndicators;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report's pre-filled figures are the dashboards' values for the same scope and year (demo data). */
@PilotisTest
class ReportFiguresTests {

    @Autowired
    ReportFigures figures;

    @Autowired
    Indicators indicators;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUnionReportShowsItsDashboardsValuesForTheYear() {
        long network = DemoNetworks.mainId(jdbc);
        Tenancy.runInNetwork(network, () -> {
            long union = directory.unions().get(0).id();
            for (int year : new int[] {2015, 2016, 2017}) {
                ScopeIndicators dashboard = indicators.values(year, ReportFigures.unionScope(union));
                FigureTable table = figures.ofUnion(union, year);
                assertThat(table.years()).containsExactly(year);
                assertThat(table.rows()).hasSize(dashboard.values().size());
                long withValue = 0;
                for (IndicatorValue value : dashboard.values()) {
                    assertThat(table.value(value.definition().code(), year))
                            .as(value.definition().code() + " " + year)
                            .isEqualTo(value.value());
                    withValue += value.value() == null ? 0 : 1;
                }
                // the demo has figures: the comparison is not between empty tables
                assertThat(withValue).isPositive();
            }
        });
    }

    @Test
    void theStructureReportShowsItsDashboardsValuesForEachYear() {
        long network = DemoNetworks.mainId(jdbc);
        Tenancy.runInNetwork(network, () -> {
            StructureSummary structure =
                    directory.structures(StructureScope.wholeNetwork()).get(0);
            FigureTable table = figures.ofStructure(structure, 2017);
            assertThat(table.years()).containsExactly(2015, 2016, 2017);
            StructureScope own = new StructureScope(false, Set.of(), Set.of(), Set.of(structure.id()), Set.of());
            long withValue = 0;
            for (int year : table.years()) {
                for (IndicatorValue value : indicators.values(year, own).values()) {
                    if (!value.definition().perStructure()
                            || !value.definition().appliesTo(structure.type())) {
                        continue;
                    }
                    assertThat(table.value(value.definition().code(), year))
                            .as(value.definition().code() + " " + year)
                            .isEqualTo(value.value());
                    withValue += value.value() == null ? 0 : 1;
                }
            }
            assertThat(withValue).isPositive();
        });
    }
}
