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

    private static Aggregate aggregate(Aggregation aggregation, IndicatorUnit unit) {
        return new Aggregate(new IndicatorDefinition(
                "x",
                IndicatorFamily.REALISATION,
                "l",
                List.of(),
                "f",
                "s",
                unit,
                IndicatorDefinition.ALL_TYPES,
                aggregation,
                1));
    }
}
