package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.actionplan.ActionPlanWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans written through the service in a network of their own: rules, figures, actions from a diagnostic. */
@fr.pilotis.support.PilotisTest
class ActionPlansTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    @Autowired
    ActionPlanFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    Actor expert;
    int year;

    @BeforeEach
    void world() {
        world = new ActionPlanWorld(context).create();
        expert = new Actor(world.expert1Id(), "Expert1 Test");
        year = LocalDate.now().getYear();
    }

    private ActionDraft draft(String title, ActionStatus status, LocalDate dueOn) {
        return new ActionDraft(
                title, null, Set.of(), Set.of(), null, null, null, dueOn, ActionPriority.MEDIUM, status, 0);
    }

    private long count() {
        return jdbc.queryForObject(
                "select count(*) from action_item where network_id = ?", Long.class, world.network());
    }

    @Test
    void completionOfStructuresAndGroupsOnHandComputedPlans() {
        LocalDate inYear = LocalDate.of(year, 6, 30);
        world.run(() -> {
            // structure A: 2 done, 1 to do, 1 abandoned in the year (2 ÷ 3); 1 done next year (not counted)
            plans.createForStructure(world.structureA(), draft("a1", ActionStatus.DONE, inYear), expert);
            plans.createForStructure(world.structureA(), draft("a2", ActionStatus.DONE, inYear), expert);
            plans.createForStructure(world.structureA(), draft("a3", ActionStatus.TODO, inYear), expert);
            plans.createForStructure(world.structureA(), draft("a4", ActionStatus.ABANDONED, inYear), expert);
            plans.createForStructure(world.structureA(), draft("a5", ActionStatus.DONE, inYear.plusYears(1)), expert);
            // structure B: only abandoned: no rate
            plans.createForStructure(world.structureB(), draft("b1", ActionStatus.ABANDONED, inYear), expert);
            // group 1: 1 done of 4, one of them overdue (due yesterday, in progress)
            plans.createCollective(world.group1(), draft("g1", ActionStatus.DONE, inYear), expert);
            plans.createCollective(world.group1(), draft("g2", ActionStatus.TODO, inYear), expert);
            plans.createCollective(world.group1(), draft("g3", ActionStatus.IN_PROGRESS, inYear), expert);
            plans.createCollective(
                    world.group1(),
                    draft("g4", ActionStatus.IN_PROGRESS, LocalDate.now().minusDays(1)),
                    expert);
        });
        Map<Long, Completion> structures = world.in(() -> figures.completionOfStructures(
                year, List.of(world.structureA(), world.structureB(), world.structureC())));
        assertThat(structures.get(world.structureA()))
                .isEqualTo(new Completion(4, 2, 1, LocalDate.now().isAfter(inYear) ? 1 : 0));
        assertThat(structures.get(world.structureA()).rate())
                .isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(structures.get(world.structureB()).rate()).isNull();
        assertThat(structures).doesNotContainKey(world.structureC());
        // every year: structure A has 3 done of 4 counted
        assertThat(world.in(() -> figures.completionOfStructures(List.of(world.structureA())))
                        .get(world.structureA())
                        .rate())
                .isEqualTo(75.0);

        Map<Long, Completion> groups =
                world.in(() -> figures.completionOfGroups(List.of(world.group1(), world.group2())));
        assertThat(groups.get(world.group1()).rate()).isEqualTo(25.0);
        assertThat(groups.get(world.group1()).overdue()).isGreaterThanOrEqualTo(1);
        assertThat(groups).doesNotContainKey(world.group2());
        // the page's figures agree with the aggregate
        assertThat(Completion.of(world.in(() -> plans.ofGroup(world.group1()))).rate())
                .isEqualTo(25.0);
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingSaved() {
        long before = count();
        ActionDraft bad = new ActionDraft(
                " ",
                null,
                Set.of(),
                Set.of(),
                world.referentCId(), // a person of structure C, which is in group 2
                null,
                LocalDate.of(year, 9, 1),
                LocalDate.of(year, 3, 1),
                ActionPriority.HIGH,
                null,
                101);
        assertThatThrownBy(() -> world.run(() -> plans.createCollective(world.group1(), bad, expert)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple("dueOn", "actionplan.datesOrder"),
                                        org.assertj.core.groups.Tuple.tuple("status", "actionplan.status.invalid"),
                                        org.assertj.core.groups.Tuple.tuple("progress", "actionplan.progress.range"),
                                        org.assertj.core.groups.Tuple.tuple("owner", "actionplan.owner.outside")));
        // a structure of the other group cannot carry a collective action either
        ActionDraft foreignStructure = new ActionDraft(
                "Action",
                null,
                Set.of(),
                Set.of(),
                null,
                world.structureC(),
                null,
                LocalDate.of(year, 3, 1),
                ActionPriority.HIGH,
                ActionStatus.TODO,
                0);
        assertThatThrownBy(() -> world.run(() -> plans.createCollective(world.group1(), foreignStructure, expert)))
                .isInstanceOf(InvalidInputException.class);
        // progress below 0
        ActionDraft negative = new ActionDraft(
                "Action",
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                LocalDate.of(year, 3, 1),
                ActionPriority.HIGH,
                ActionStatus.TODO,
                -1);
        assertThatThrownBy(() -> world.run(() -> plans.createForStructure(world.structureA(), negative, expert)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOwnerOfThePlanAndCriteriaOfTheReferentialAreKeptWithTheirThemes() {
        List<CriterionView> criteria = new ActionPlanWorld(context).criteria(world);
        CriterionView booklet = criteria.stream()
                .filter(c -> c.code().equals("4.2.9"))
                .findFirst()
                .orElseThrow();
        long id = world.in(() -> plans.createCollective(
                world.group1(),
                new ActionDraft(
                        "Livret commun",
                        "Trame partagée",
                        Set.of(),
                        Set.of(booklet.id()),
                        null,
                        world.structureB(),
                        LocalDate.of(year, 1, 10),
                        LocalDate.of(year, 5, 31),
                        ActionPriority.HIGH,
                        ActionStatus.DONE,
                        40),
                expert));
        ActionView saved = world.in(() -> plans.find(id));
        assertThat(saved.ownerName()).isEqualTo("SAAD Bêta");
        assertThat(saved.ownerReference()).isEqualTo("130000002");
        assertThat(saved.criteria()).extracting(ActionView.Tag::code).containsExactly("4.2.9");
        assertThat(saved.themes()).extracting(ActionView.Tag::code).containsExactly("4.2");
        // done means 100 %, whatever was typed
        assertThat(saved.progress()).isEqualTo(100);
        assertThat(saved.doneOn()).isNotNull();
    }

    @Test
    void criteriaNotMetBecomeActionsOnceEach() {
        ActionPlanWorld worlds = new ActionPlanWorld(context);
        List<CriterionView> criteria = worlds.criteria(world);
        List<CriterionView> notMet = List.of(criteria.get(3), criteria.get(10), criteria.get(20));
        worlds.submitAWithNotMet(world, notMet);
        DiagnosticFollowUp followUp = context.getBean(DiagnosticFollowUp.class);
        DiagnosticFollowUp.NotMet found = world.in(() -> followUp.notMet(world.structureA()));
        assertThat(found.criteria())
                .extracting(CriterionView::id)
                .containsExactlyElementsOf(
                        notMet.stream().map(CriterionView::id).toList());

        // one first, then all: the first is not created twice
        List<Long> first = world.in(
                () -> plans.createFromCriteria(world.structureA(), List.of(notMet.get(0)), world.referentActor()));
        List<Long> rest =
                world.in(() -> plans.createFromCriteria(world.structureA(), found.criteria(), world.referentActor()));
        List<Long> again =
                world.in(() -> plans.createFromCriteria(world.structureA(), found.criteria(), world.referentActor()));
        assertThat(first).hasSize(1);
        assertThat(rest).hasSize(2);
        assertThat(again).isEmpty();
        List<ActionView> plan = world.in(() -> plans.ofStructure(world.structureA()));
        assertThat(plan).hasSize(3);
        assertThat(plan).allSatisfy(a -> assertThat(a.criteria()).hasSize(1));
        assertThat(plan.stream().map(a -> a.criteria().get(0).code()))
                .containsExactlyInAnyOrderElementsOf(
                        notMet.stream().map(CriterionView::code).toList());

        // done: the structure is invited to update its answer in its open diagnostic
        world.run(() -> plans.changeStatus(first.get(0), ActionStatus.DONE));
        var updates = world.in(() ->
                followUp.answerUpdates(world.structureA(), List.of(notMet.get(0).code())));
        // the diagnostic is submitted, so no longer open for answers: the notice says so
        assertThat(updates).isEmpty();
        // structure B's diagnostic of the open campaign is still a draft: the link goes to the criterion there
        var open = world.in(() ->
                followUp.answerUpdates(world.structureB(), List.of(notMet.get(0).code())));
        assertThat(open).isPresent();
        assertThat(open.get())
                .singleElement()
                .satisfies(u -> assertThat(u.location())
                        .startsWith("/diagnostics/")
                        .endsWith("#criterion-" + notMet.get(0).code()));
    }
}
