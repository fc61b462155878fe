package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The network table's fast paths (one grouped query for the UT rows and the network row, the
 * progress and the default campaign counted apart) against the plain per-structure table they
 * summarise, on every campaign and basis of the demo network.
 */
@PilotisTest
class ResultsNetworkTableTests {

    @Autowired
    Networks networks;

    @Autowired
    Campaigns campaigns;

    @Autowired
    DiagnosticResults results;

    @Autowired
    ResultsQueries queries;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void eachUnionRowAndTheNetworkRowAreTheMeansOfTheirStructures() {
        inDemo(() -> {
            List<TerritorialUnionSummary> unions = directory.unions();
            int comparedRows = 0;
            for (CampaignView campaign : campaigns.list()) {
                for (RateBasis basis : RateBasis.values()) {
                    ResultsTable table = results.unionTable(campaign.id(), basis);
                    Map<Long, ResultsTable.Row> byUnion =
                            table.rows().stream().collect(Collectors.toMap(ResultsTable.Row::id, Function.identity()));
                    for (TerritorialUnionSummary union : unions) {
                        ResultsTable.Row expected = results.structureTable(campaign.id(), ofUnion(union.id()), basis)
                                .average();
                        if (expected.structureCount() == 0) {
                            assertThat(byUnion).doesNotContainKey(union.id());
                            continue;
                        }
                        ResultsTable.Row row = byUnion.get(union.id());
                        assertThat(row.label()).isEqualTo(union.name());
                        assertSameRates(row, expected);
                        comparedRows++;
                    }
                    assertThat(byUnion).hasSizeLessThanOrEqualTo(unions.size());
                    ResultsTable all = results.structureTable(campaign.id(), StructureScope.wholeNetwork(), basis);
                    if (!all.rows().isEmpty()) {
                        assertSameRates(table.average(), all.average());
                    }
                }
            }
            assertThat(comparedRows).isGreaterThan(10);
            return null;
        });
    }

    @Test
    void theProgressAndTheDefaultCampaignAgreeWithTheSubmittedStructures() {
        inDemo(() -> {
            int structures = directory.structures(StructureScope.wholeNetwork()).size();
            Optional<Integer> latestDeclared = Optional.empty();
            Optional<Integer> latestValidated = Optional.empty();
            for (CampaignView campaign : campaigns.list()) {
                long submitted = results.structureTable(
                                campaign.id(), StructureScope.wholeNetwork(), RateBasis.DECLARED)
                        .rows()
                        .size();
                long validated = results.structureTable(
                                campaign.id(), StructureScope.wholeNetwork(), RateBasis.VALIDATED)
                        .rows()
                        .size();
                ResultsProgress network = queries.progress(campaign.id(), ResultsQueries.Filter.network());
                assertThat(network).isEqualTo(new ResultsProgress(structures, submitted, validated));

                long perUnion = 0;
                long submittedPerUnion = 0;
                for (TerritorialUnionSummary union : directory.unions()) {
                    ResultsProgress ofUnion = queries.progress(campaign.id(), ResultsQueries.Filter.union(union.id()));
                    assertThat(ofUnion.structures()).isEqualTo(union.structureCount());
                    assertThat(ofUnion.submitted())
                            .isEqualTo(results.structureTable(campaign.id(), ofUnion(union.id()), RateBasis.DECLARED)
                                    .rows()
                                    .size());
                    perUnion += ofUnion.structures();
                    submittedPerUnion += ofUnion.submitted();
                }
                assertThat(perUnion).isEqualTo(structures);
                assertThat(submittedPerUnion).isEqualTo(submitted);

                if (submitted > 0
                        && latestDeclared.map(y -> y < campaign.year()).orElse(true)) {
                    latestDeclared = Optional.of(campaign.year());
                }
                if (validated > 0
                        && latestValidated.map(y -> y < campaign.year()).orElse(true)) {
                    latestValidated = Optional.of(campaign.year());
                }
            }
            assertThat(latestDeclared).isPresent();
            assertThat(queries.latestYearWithResults(ResultsQueries.Filter.network(), false))
                    .isEqualTo(latestDeclared);
            assertThat(queries.latestYearWithResults(ResultsQueries.Filter.network(), true))
                    .isEqualTo(latestValidated);
            // the current campaign has a submitted diagnostic but none validated yet (ResultsDemoDataTests)
            assertThat(latestValidated.orElseThrow()).isLessThan(latestDeclared.orElseThrow());
            return null;
        });
    }

    private static StructureScope ofUnion(long unionId) {
        return new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
    }

    private static void assertSameRates(ResultsTable.Row actual, ResultsTable.Row expected) {
        assertThat(actual.structureCount()).isEqualTo(expected.structureCount());
        assertThat(actual.themeRates().keySet()).isEqualTo(expected.themeRates().keySet());
        expected.themeRates()
                .forEach((theme, rate) -> assertThat(actual.rate(theme)).isCloseTo(rate, within(1e-9)));
        if (expected.moduleRate() == null) {
            assertThat(actual.moduleRate()).isNull();
        } else {
            assertThat(actual.moduleRate()).isCloseTo(expected.moduleRate(), within(1e-9));
        }
    }

    private <T> T inDemo(java.util.function.Supplier<T> work) {
        long demo = Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                .orElseThrow();
        return Tenancy.callInNetwork(demo, work);
    }
}
