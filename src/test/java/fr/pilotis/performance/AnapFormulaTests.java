package fr.pilotis.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.StructureType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default ANAP formulas, completeness, quartiles and flags on hand-computed cases. */
class AnapFormulaTests {

    static final Map<String, AnapIndicatorDefinition> DEFAULTS =
            DefaultAnapSet.indicators().stream().collect(Collectors.toMap(AnapIndicatorDefinition::code, d -> d));

    static double value(String code, Map<String, Double> raw) {
        Double value = DEFAULTS.get(code).compute(raw);
        assertThat(value).as(code).isNotNull();
        return value;
    }

    @Test
    void absenteeismIsDaysOfAbsenceOverActualFteTimes365() {
        // 730 days of absence for 20 FTE: 730 ÷ (20 × 365) = 10 %
        assertThat(value("ABSENTEEISM_RATE", Map.of("ABSENCE_DAYS", 730.0, "ACTUAL_FTE", 20.0)))
                .isCloseTo(10.0, within(1e-9));
    }

    @Test
    void turnoverIsArrivalsPlusDeparturesHalvedOverAverageHeadcount() {
        // (6 + 4) ÷ 2 ÷ 25 = 20 %
        assertThat(value("TURNOVER_RATE", Map.of("ARRIVALS", 6.0, "DEPARTURES", 4.0, "AVERAGE_HEADCOUNT", 25.0)))
                .isCloseTo(20.0, within(1e-9));
    }

    @Test
    void buildingObsolescenceIsCumulatedDepreciationOverGrossValue() {
        assertThat(value(
                        "BUILDING_OBSOLESCENCE_RATE",
                        Map.of("CUMULATED_DEPRECIATION", 150_000.0, "GROSS_BUILDING_VALUE", 400_000.0)))
                .isCloseTo(37.5, within(1e-9));
    }

    @Test
    void frngInDaysOfCurrentExpenses() {
        // (500 000 − 380 000) ÷ (1 460 000 ÷ 365) = 120 000 ÷ 4 000 = 30 days
        assertThat(value(
                        "FRNG_DAYS",
                        Map.of(
                                "PERMANENT_CAPITAL",
                                500_000.0,
                                "FIXED_ASSETS",
                                380_000.0,
                                "CURRENT_EXPENSES",
                                1_460_000.0)))
                .isCloseTo(30.0, within(1e-9));
    }

    @Test
    void vacantFteRateSubtractsActualFromBudgeted() {
        // (12,5 − 11,5) ÷ 12,5 = 8 %
        assertThat(value("VACANT_FTE_RATE", Map.of("BUDGETED_FTE", 12.5, "ACTUAL_FTE", 11.5)))
                .isCloseTo(8.0, within(1e-9));
    }

    @Test
    void externalServicesRateDividesByStaffCostsPlusExternalCare() {
        // 30 000 ÷ (280 000 + 20 000) = 10 %
        assertThat(value(
                        "EXTERNAL_SERVICES_RATE",
                        Map.of(
                                "EXTERNAL_SERVICES_COSTS",
                                30_000.0,
                                "STAFF_COSTS",
                                280_000.0,
                                "EXTERNAL_CARE_COSTS",
                                20_000.0)))
                .isCloseTo(10.0, within(1e-9));
    }

    @Test
    void aMissingInputOrAZeroDenominatorLeavesTheIndicatorUnfilled() {
        assertThat(DEFAULTS.get("ABSENTEEISM_RATE").compute(Map.of("ABSENCE_DAYS", 730.0)))
                .isNull();
        assertThat(DEFAULTS.get("ABSENTEEISM_RATE").compute(Map.of("ABSENCE_DAYS", 730.0, "ACTUAL_FTE", 0.0)))
                .isNull();
        assertThat(DEFAULTS.get("QUALITY_MATURITY").compute(Map.of("QUALITY_SELF_ASSESSMENT", 3.0)))
                .isEqualTo(3.0);
    }

    @Test
    void completeAtSeventyPercentOfTheApplicableIndicators() {
        List<AnapIndicatorDefinition> ten = DefaultAnapSet.indicators().subList(0, 10);
        assertThat(completeness(ten, 7)).isCloseTo(0.7, within(1e-9));
        assertThat(dashboard(ten, 7).complete()).isTrue();
        assertThat(dashboard(ten, 6).complete()).isFalse();
        assertThat(dashboard(ten, 6).completeness()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void noIndicatorAppliesToASaadAndItsCompletenessIsUnknownRatherThanZero() {
        StructurePerformance saad = PerformanceFigures.evaluate(
                1,
                2017,
                StructureType.SAAD,
                DefaultAnapSet.indicators(),
                Map.of("ACTUAL_FTE", 3.0),
                Map.of(),
                Map.of());
        assertThat(saad.anyApplicable()).isFalse();
        assertThat(saad.completeness()).isNull();
        assertThat(saad.complete()).isFalse();
        assertThat(saad.indicators()).allMatch(i -> !i.applicable() && i.value() == null);
    }

    @Test
    void quartilesInterpolateLikeTheSpreadsheet() {
        // 1..8: Q1 = 1 + 0,25 × 7 = 2,75 ; median 4,5 ; Q3 = 6,25 (QUARTILE.INC)
        Quartiles q = Quartiles.of(List.of(8.0, 1.0, 7.0, 2.0, 6.0, 3.0, 5.0, 4.0));
        assertThat(q.q1()).isCloseTo(2.75, within(1e-9));
        assertThat(q.median()).isCloseTo(4.5, within(1e-9));
        assertThat(q.q3()).isCloseTo(6.25, within(1e-9));
        assertThat(q.count()).isEqualTo(8);
        // odd count: the middle value
        assertThat(Quartiles.of(List.of(3.0, 1.0, 2.0)).median()).isEqualTo(2.0);
        // IQR 3,5: fences 2,75 − 10,5 = −7,75 and 6,25 + 10,5 = 16,75
        assertThat(q.lowerFence()).isCloseTo(-7.75, within(1e-9));
        assertThat(q.upperFence()).isCloseTo(16.75, within(1e-9));
        assertThat(q.farOutside(16.7)).isFalse();
        assertThat(q.farOutside(16.8)).isTrue();
    }

    @Test
    void aValueOutsideItsPhysicalRangeOrFarFromItsPeersIsFlaggedAndConfirmedOnlyForThatValue() {
        List<AnapIndicatorDefinition> definitions =
                List.of(DEFAULTS.get("ACTIVITY_RATE"), DEFAULTS.get("TURNOVER_RATE"));
        Map<String, Double> raw = new HashMap<>(Map.of(
                "DAYS_DELIVERED",
                16_000.0,
                "DAYS_FINANCED",
                10_000.0, // 160 %: above the 150 % ceiling
                "ARRIVALS",
                30.0,
                "DEPARTURES",
                30.0,
                "AVERAGE_HEADCOUNT",
                30.0)); // 100 %
        Quartiles peers = Quartiles.of(List.of(10.0, 12.0, 14.0, 15.0, 16.0, 18.0, 20.0, 22.0));
        StructurePerformance flagged = PerformanceFigures.evaluate(
                1, 2017, StructureType.SSIAD, definitions, raw, Map.of(), Map.of("TURNOVER_RATE", peers));
        assertThat(flagged.indicator("ACTIVITY_RATE").flag()).isEqualTo(PerformanceFlag.OUT_OF_RANGE);
        assertThat(flagged.indicator("TURNOVER_RATE").flag()).isEqualTo(PerformanceFlag.FAR_FROM_PEERS);
        assertThat(flagged.toConfirmCount()).isEqualTo(2);

        StructurePerformance confirmed = PerformanceFigures.evaluate(
                1,
                2017,
                StructureType.SSIAD,
                definitions,
                raw,
                Map.of("ACTIVITY_RATE", 160.0),
                Map.of("TURNOVER_RATE", peers));
        assertThat(confirmed.indicator("ACTIVITY_RATE").confirmed()).isTrue();
        assertThat(confirmed.toConfirmCount()).isEqualTo(1);

        // the inputs change: the old confirmation no longer covers the new value
        raw.put("DAYS_DELIVERED", 17_000.0);
        StructurePerformance changed = PerformanceFigures.evaluate(
                1, 2017, StructureType.SSIAD, definitions, raw, Map.of("ACTIVITY_RATE", 160.0), Map.of());
        assertThat(changed.indicator("ACTIVITY_RATE").toConfirm()).isTrue();
        assertThat(changed.indicator("TURNOVER_RATE").flag()).isEqualTo(PerformanceFlag.NONE);
    }

    private static double completeness(List<AnapIndicatorDefinition> definitions, int filled) {
        return dashboard(definitions, filled).completeness();
    }

    /** A SSIAD whose first {@code filled} indicators have all their inputs (value 1 each). */
    private static StructurePerformance dashboard(List<AnapIndicatorDefinition> definitions, int filled) {
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < filled; i++) {
            definitions.get(i).inputs().forEach(code -> raw.put(code, 1.0));
        }
        // inputs shared with unfilled indicators would fill them too: keep only the filled ones' own
        StructurePerformance result =
                PerformanceFigures.evaluate(1, 2017, StructureType.SSIAD, definitions, raw, Map.of(), Map.of());
        assertThat(result.filledCount()).as("indicators filled").isEqualTo(filled);
        return result;
    }
}
