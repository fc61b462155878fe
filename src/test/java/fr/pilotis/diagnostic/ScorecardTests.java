package fr.pilotis.diagnostic;

import static fr.pilotis.diagnostic.Rating.CONFORME;
import static fr.pilotis.diagnostic.Rating.NON_APPLICABLE;
import static fr.pilotis.diagnostic.Rating.NON_CONFORME;
import static fr.pilotis.diagnostic.Rating.PARTIEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.diagnostic.Scorecard.Scored;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every score on cases computed by hand. */
class ScorecardTests {

    static final List<String> THEMES = List.of("4.1", "4.2", "4.3");

    @Test
    void rateIsConformeOverApplicableWithPartialCountedAsNotMet() {
        // 4.1: C, C, P, NC, NA → 2 met of 4 applicable = 50 %, 1 partial shown apart
        Scorecard card = Scorecard.of(
                THEMES,
                List.of(
                        new Scored("4.1", 1, CONFORME),
                        new Scored("4.1", 1, CONFORME),
                        new Scored("4.1", 1, PARTIEL),
                        new Scored("4.1", 2, NON_CONFORME),
                        new Scored("4.1", 2, NON_APPLICABLE)));

        ConformityRate theme = card.theme("4.1");
        assertThat(theme.percent()).isEqualTo(50.0);
        assertThat(theme.partial()).isEqualTo(1);
        assertThat(theme.applicable()).isEqualTo(4);
        assertThat(theme.notApplicable()).isEqualTo(1);
    }

    @Test
    void moduleAndLevelsAggregateAllThemes() {
        // level 1: 4.1 C, 4.2 C, 4.2 NC → 2/3; level 2: 4.1 P, 4.3 C, 4.3 NA → 1/2; module 3/5 = 60 %
        Scorecard card = Scorecard.of(
                THEMES,
                List.of(
                        new Scored("4.1", 1, CONFORME),
                        new Scored("4.2", 1, CONFORME),
                        new Scored("4.2", 1, NON_CONFORME),
                        new Scored("4.1", 2, PARTIEL),
                        new Scored("4.3", 2, CONFORME),
                        new Scored("4.3", 2, NON_APPLICABLE)));

        assertThat(card.level(1).percent()).isCloseTo(66.667, within(0.001));
        assertThat(card.level(2).percent()).isEqualTo(50.0);
        assertThat(card.module().percent()).isEqualTo(60.0);
        assertThat(card.themeLevel("4.3", 2).percent()).isEqualTo(100.0);
    }

    @Test
    void aThemeWithOnlyNonApplicableOrNoCriteriaHasNoRateRatherThanZero() {
        Scorecard card = Scorecard.of(THEMES, List.of(new Scored("4.1", 1, NON_APPLICABLE)));

        assertThat(card.theme("4.1").percent()).isNull();
        assertThat(card.theme("4.2").percent()).isNull();
        assertThat(card.theme("4.2").applicable()).isZero();
        assertThat(card.module().percent()).isNull();
    }

    @Test
    void allLevelCriteriaSatisfiedOnlyWhenEveryApplicableOneIsConforme() {
        Scorecard met = Scorecard.of(
                THEMES,
                List.of(
                        new Scored("4.1", 1, CONFORME),
                        new Scored("4.2", 1, NON_APPLICABLE),
                        new Scored("4.3", 2, PARTIEL)));
        assertThat(met.allMet(1)).isTrue();
        assertThat(met.allMet(2)).isFalse();

        Scorecard unanswered =
                Scorecard.of(THEMES, Arrays.asList(new Scored("4.1", 1, CONFORME), new Scored("4.2", 1, null)));
        assertThat(unanswered.allMet(1)).isFalse();
        assertThat(unanswered.module().unanswered()).isEqualTo(1);
        assertThat(unanswered.module().percent()).isEqualTo(100.0);
    }

    @Test
    void overestimationGapIsDeclaredMinusValidatedInPoints() {
        Scorecard declared =
                Scorecard.of(THEMES, List.of(new Scored("4.1", 1, CONFORME), new Scored("4.1", 1, CONFORME)));
        Scorecard validated =
                Scorecard.of(THEMES, List.of(new Scored("4.1", 1, CONFORME), new Scored("4.1", 1, PARTIEL)));

        assertThat(ConformityRate.gap(declared.theme("4.1"), validated.theme("4.1")))
                .isEqualTo(50.0);
        assertThat(ConformityRate.gap(declared.theme("4.2"), validated.theme("4.2")))
                .isNull();
    }

    @Test
    void averageIsTheMeanOfTheRatesThatExist() {
        assertThat(Scorecard.average(Arrays.asList(80.0, 60.0, null)).getAsDouble())
                .isEqualTo(70.0);
        assertThat(Scorecard.average(Arrays.asList((Double) null))).isEmpty();
    }
}
