package fr.pilotis.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregation rules on figures small enough to check by hand. */
class AggregateTests {

    @Test
    void ratioOfSumsWeighsEachStructureByItsDenominator() {
        Aggregate aggregate = aggregate(Aggregation.RATIO_OF_SUMS, IndicatorUnit.PERCENT);
        aggregate.add(new StructureFigure("x", 1, 1, 4));
        aggregate.add(new StructureFigure("x", 2, 3, 4));
        aggregate.add(new StructureFigure("x", 3, 0, 2));
        assertThat(aggregate.value()).isEqualTo(40.0);
    }

    @Test
    void meanOfRatesIsTheTauxMoyenOverStructuresWithADenominator() {
        Aggregate aggregate = aggregate(Aggregation.MEAN_OF_RATES, IndicatorUnit.PERCENT);
        aggregate.add(new StructureFigure("x", 1, 1, 4));
        aggregate.add(new StructureFigure("x", 2, 3, 4));
        aggregate.add(new StructureFigure("x", 3, 0, 0));
        assertThat(aggregate.value()).isEqualTo(50.0);
        assertThat(aggregate.structures()).isEqualTo(3);
    }

    @Test
    void sumAndEmptyScopes() {
        Aggregate sum = aggregate(Aggregation.SUM, IndicatorUnit.COUNT);
        assertThat(sum.value()).isNull();
        sum.add(new StructureFigure("x", 1, 2, 1));
        sum.add(new StructureFigure("x", 2, 5, 1));
        assertThat(sum.value()).isEqualTo(7.0);
        assertThat(aggregate(Aggregation.SHARE_SATISFYING, IndicatorUnit.PERCENT)
                        .value())
                .isNull();
    }

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        Aggregate median = aggregate(Aggregation.MEDIAN, IndicatorUnit.DAYS);
        assertThat(median.value()).isNull();
        median.add(new StructureFigure("x", 1, 120, 1));
        assertThat(median.value()).isEqualTo(120.0);
        median.add(new StructureFigure("x", 2, 150, 1));
        median.add(new StructureFigure("x", 3, 100, 1));
        // values as they are, not in percent: 100, 120, 150
        assertThat(median.value()).isEqualTo(120.0);
        median.add(new StructureFigure("x", 4, 300, 2));
        // 100, 120, 150, 150
        assertThat(median.value()).isEqualTo(135.0);
        // a figure without denominator has no value and does not move the median
        median.add(new StructureFigure("x", 5, 9_999, 0));
        assertThat(median.value()).isEqualTo(135.0);
        assertThat(median.structures()).isEqualTo(5);
    }

    @Test
    void aMedianFigureIsTheStructuresValueInItsUnit() {
        IndicatorDefinition ratio = definition(Aggregation.MEDIAN, IndicatorUnit.DECIMAL);
        assertThat(new StructureFigure("x", 1, 0.25, 1).value(ratio)).isEqualTo(0.25);
        IndicatorDefinition percent = definition(Aggregation.MEDIAN, IndicatorUnit.PERCENT);
        assertThat(new StructureFigure("x", 1, 90, 1).value(percent)).isEqualTo(90.0);
        assertThat(new StructureFigure("x", 1, 3, 4)
                        .value(definition(Aggregation.RATIO_OF_SUMS, IndicatorUnit.PERCENT)))
                .isEqualTo(75.0);
    }

    private static Aggregate aggregate(Aggregation aggregation, IndicatorUnit unit) {
        return new Aggregate(definition(aggregation, unit));
    }

    private static IndicatorDefinition definition(Aggregation aggregation, IndicatorUnit unit) {
        return new IndicatorDefinition(
                "x",
                IndicatorFamily.REALISATION,
                "l",
                List.of(),
                "f",
                "s",
                unit,
                IndicatorDefinition.ALL_TYPES,
                aggregation,
                1);
    }
}
