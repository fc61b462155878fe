package fr.pilotis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.planning.PlanningWorld.World;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.support.PilotisTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expert-days budget of a group against its meetings and the expert's visits. */
@PilotisTest
class BudgetTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Planning planning;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcTemplate jdbc;

    World world;

    @BeforeEach
    void createWorld() {
        world = new PlanningWorld(context).create();
    }

    @Test
    void defaultsFollowSlideElevenAndTheDeploymentLevelAfter() {
        assertThat(ExpertDays.defaultFor(2015)).isEqualByComparingTo("4");
        assertThat(ExpertDays.defaultFor(2016)).isEqualByComparingTo("12");
        assertThat(ExpertDays.defaultFor(2017)).isEqualByComparingTo("12");
        assertThat(ExpertDays.defaultFor(2026)).isEqualByComparingTo("12");
        BudgetView untouched = world.in(() -> planning.budget(world.group1(), 2015));
        assertThat(untouched.isDefault()).isTrue();
        assertThat(untouched.budget()).isEqualByComparingTo("4");
        assertThat(untouched.consumed()).isEqualByComparingTo("0");
    }

    @Test
    void meetingsAndVisitsOfTheYearConsumeTheBudget() {
        world.run(() -> {
            meetings.create(world.group1(), PlanningWorld.meeting(LocalDate.of(2016, 2, 11), new BigDecimal("1.5")));
            meetings.create(world.group1(), PlanningWorld.meeting(LocalDate.of(2016, 5, 19), BigDecimal.ONE));
            // another year, another group: not this budget
            meetings.create(world.group1(), PlanningWorld.meeting(LocalDate.of(2017, 2, 1), BigDecimal.ONE));
            meetings.create(world.group2(), PlanningWorld.meeting(LocalDate.of(2016, 2, 1), BigDecimal.ONE));
            planning.recordVisit(
                    world.group1(),
                    world.structureA(),
                    LocalDate.of(2016, 3, 3),
                    new BigDecimal("0.5"),
                    "Appui à l'autodiagnostic",
                    Set.of(world.structureA(), world.structureB(), world.structureD()));
        });
        BudgetView budget = world.in(() -> planning.budget(world.group1(), 2016));
        assertThat(budget.meetingDays()).isEqualByComparingTo("2.5");
        assertThat(budget.visitDays()).isEqualByComparingTo("0.5");
        assertThat(budget.consumed()).isEqualByComparingTo("3.0");
        assertThat(budget.remaining()).isEqualByComparingTo("9.0");
        assertThat(budget.overBudget()).isFalse();

        world.run(() -> planning.setBudget(world.group1(), 2016, new BigDecimal("2.5")));
        BudgetView tight = world.in(() -> planning.budget(world.group1(), 2016));
        assertThat(tight.isDefault()).isFalse();
        assertThat(tight.remaining()).isEqualByComparingTo("-0.5");
        assertThat(tight.overBudget()).isTrue();
    }

    @Test
    void badBudgetsAndVisitsAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> world.run(() -> planning.setBudget(world.group1(), 2016, new BigDecimal("-1"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> world.run(() -> planning.setBudget(world.group1(), 1990, BigDecimal.ONE)))
                .isInstanceOf(InvalidInputException.class);
        // a visit to a structure of another group, and one of no length
        assertThatThrownBy(() -> world.run(() -> planning.recordVisit(
                        world.group1(),
                        world.structureC(),
                        LocalDate.of(2016, 3, 3),
                        BigDecimal.ONE,
                        "Visite",
                        Set.of(world.structureA(), world.structureB(), world.structureD()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("planning.notInGroup"));
        assertThatThrownBy(() -> world.run(() -> planning.recordVisit(
                        world.group1(),
                        world.structureA(),
                        LocalDate.of(2016, 3, 3),
                        BigDecimal.ZERO,
                        "Visite",
                        Set.of(world.structureA()))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from expert_budget where network_id = ?", Long.class, world.network()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from expert_visit where network_id = ?", Long.class, world.network()))
                .isZero();
    }
}
