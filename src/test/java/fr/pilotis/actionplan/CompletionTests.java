package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion = done ÷ not abandoned, on hand-computed plans. */
class CompletionTests {

    private static ActionView action(ActionStatus status, boolean overdue) {
        return new ActionView(
                1,
                1L,
                null,
                "Action",
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 6, 30),
                ActionPriority.MEDIUM,
                status,
                0,
                null,
                overdue,
                List.of(),
                List.of());
    }

    @Test
    void abandonedActionsCountNeitherForNorAgainst() {
        // 2 done, 1 to do (overdue), 1 in progress, 2 abandoned: 2 ÷ 4 = 50 %
        Completion completion = Completion.of(List.of(
                action(ActionStatus.DONE, false),
                action(ActionStatus.DONE, false),
                action(ActionStatus.TODO, true),
                action(ActionStatus.IN_PROGRESS, false),
                action(ActionStatus.ABANDONED, false),
                action(ActionStatus.ABANDONED, false)));
        assertThat(completion.total()).isEqualTo(6);
        assertThat(completion.counted()).isEqualTo(4);
        assertThat(completion.rate()).isEqualTo(50.0);
        assertThat(completion.overdue()).isEqualTo(1);
    }

    @Test
    void oneDoneOfThreeIsAThird() {
        Completion completion = Completion.of(List.of(
                action(ActionStatus.DONE, false), action(ActionStatus.TODO, false), action(ActionStatus.TODO, false)));
        assertThat(completion.rate()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aPlanWithOnlyAbandonedActionsHasNoRate() {
        assertThat(Completion.of(List.of(action(ActionStatus.ABANDONED, false))).rate())
                .isNull();
        assertThat(Completion.NONE.rate()).isNull();
    }

    @Test
    void sumsAddUp() {
        Completion sum = new Completion(3, 1, 1, 0).plus(new Completion(2, 2, 0, 1));
        assertThat(sum).isEqualTo(new Completion(5, 3, 1, 1));
        assertThat(sum.rate()).isEqualTo(75.0);
    }
}
