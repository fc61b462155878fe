package fr.pilotis.planning;

import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning steps of UT and working groups, the expert-days budget of each group and the expert's
 * visits. Who may do what is the controller's question to {@code AccessPolicy}; this service checks
 * the input and saves all of it or nothing.
 */
@Service
@Transactional
public class Planning {

    static final BigDecimal MAX_BUDGET_DAYS = BigDecimal.valueOf(365);
    static final BigDecimal MAX_VISIT_DAYS = BigDecimal.valueOf(10);

    private final PlanningStepRepository steps;
    private final ExpertBudgetRepository budgets;
    private final ExpertVisitRepository visits;
    private final PeopleDirectory people;
    private final JdbcTemplate jdbc;

    Planning(
            PlanningStepRepository steps,
            ExpertBudgetRepository budgets,
            ExpertVisitRepository visits,
            PeopleDirectory people,
            JdbcTemplate jdbc) {
        this.steps = steps;
        this.budgets = budgets;
        this.visits = visits;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<StepView> stepsOfGroup(long groupId) {
        return views(steps.findByGroupIdOrderByStartsOnAscIdAsc(groupId));
    }

    @Transactional(readOnly = true)
    public List<StepView> stepsOfGroups(Collection<Long> groupIds) {
        return groupIds.isEmpty() ? List.of() : views(steps.findByGroupIdInOrderByStartsOnAscIdAsc(groupIds));
    }

    @Transactional(readOnly = true)
    public List<StepView> stepsOfUnion(long unionId) {
        return views(steps.findByUnionIdOrderByStartsOnAscIdAsc(unionId));
    }

    @Transactional(readOnly = true)
    public StepView step(long stepId) {
        PlanningStep step = steps.findById(stepId).orElseThrow(NotFoundException::new);
        return views(List.of(step)).get(0);
    }

    /**
     * Adds a step to a group (unionId null) or to a UT (groupId null).
     *
     * @param possibleOwners the people the step may be given to (the UT's pilots, the group's experts)
     */
    public long addStep(Long unionId, Long groupId, StepInput input, Set<Long> possibleOwners) {
        check(input, possibleOwners);
        PlanningStep step = new PlanningStep(unionId, groupId);
        step.update(input);
        return steps.saveAndFlush(step).getId();
    }

    public void updateStep(long stepId, StepInput input, Set<Long> possibleOwners) {
        PlanningStep step = steps.findById(stepId).orElseThrow(NotFoundException::new);
        check(input, possibleOwners);
        step.update(input);
        steps.flush();
    }

    public void changeStatus(long stepId, StepStatus status) {
        if (status == null) {
            throw InvalidInputException.of("status", "validation.required");
        }
        steps.findById(stepId).orElseThrow(NotFoundException::new).changeStatus(status);
    }

    public void deleteStep(long stepId) {
        steps.delete(steps.findById(stepId).orElseThrow(NotFoundException::new));
    }

    private static void check(StepInput input, Set<Long> possibleOwners) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (input.kind() == null) {
            problems.reject("kind", "validation.required");
        }
        if (input.title() == null || input.title().isBlank()) {
            problems.reject("title", "validation.required");
        } else if (input.title().strip().length() > 200) {
            problems.reject("title", "planning.tooLong", 200);
        }
        if (input.themeCode() != null && input.themeCode().strip().length() > 10) {
            problems.reject("themeCode", "planning.tooLong", 10);
        }
        if (input.startsOn() == null) {
            problems.reject("startsOn", "validation.required");
        }
        if (input.endsOn() == null) {
            problems.reject("endsOn", "validation.required");
        } else if (input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            problems.reject("endsOn", "planning.datesOrder");
        }
        if (input.ownerId() != null && !possibleOwners.contains(input.ownerId())) {
            problems.reject("ownerId", "planning.step.ownerUnknown");
        }
        problems.throwIfAny();
    }

    private List<StepView> views(List<PlanningStep> found) {
        Set<Long> owners = new HashSet<>();
        found.stream().map(s -> s.view(null).ownerId()).filter(Objects::nonNull).forEach(owners::add);
        Map<Long, String> names = people.namesOf(owners);
        return found.stream()
                .map(s -> {
                    StepView bare = s.view(null);
                    return s.view(bare.ownerId() == null ? null : names.get(bare.ownerId()));
                })
                .toList();
    }

    // ---- expert days

    /** The group's budget for the year against its meetings' and visits' days, in one query each. */
    @Transactional(readOnly = true)
    public BudgetView budget(long groupId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long network = Tenancy.currentNetworkId();
        BigDecimal meetingDays = jdbc.queryForObject(
                "select coalesce(sum(expert_days), 0) from meeting"
                        + " where network_id = ? and working_group_id = ? and held_on between ? and ?",
                BigDecimal.class,
                network,
                groupId,
                from,
                to);
        BigDecimal visitDays = jdbc.queryForObject(
                "select coalesce(sum(days), 0) from expert_visit"
                        + " where network_id = ? and working_group_id = ? and visited_on between ? and ?",
                BigDecimal.class,
                network,
                groupId,
                from,
                to);
        return budgets.findByGroupIdAndYear(groupId, year)
                .map(b -> new BudgetView(year, b.getDays(), false, meetingDays, visitDays))
                .orElseGet(() -> new BudgetView(year, ExpertDays.defaultFor(year), true, meetingDays, visitDays));
    }

    public void setBudget(long groupId, Integer year, BigDecimal days) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (year == null) {
            problems.reject("year", "validation.required");
        } else if (year < 2000 || year > 2100) {
            problems.reject("year", "planning.budget.yearRange");
        }
        if (days == null) {
            problems.reject("days", "validation.required");
        } else if (days.signum() < 0 || days.compareTo(MAX_BUDGET_DAYS) > 0 || days.scale() > 1) {
            problems.reject("days", "planning.budget.daysRange", MAX_BUDGET_DAYS);
        }
        problems.throwIfAny();
        ExpertBudget budget =
                budgets.findByGroupIdAndYear(groupId, year).orElseGet(() -> new ExpertBudget(groupId, year));
        budget.setDays(days);
        budgets.saveAndFlush(budget);
    }

    /**
     * Records a visit of the group's expert to one of its structures.
     *
     * @param structuresOfGroup the group's structures: a visit elsewhere is refused
     */
    public long recordVisit(
            long groupId,
            Long structureId,
            LocalDate visitedOn,
            BigDecimal days,
            String purpose,
            Set<Long> structuresOfGroup) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (structureId == null) {
            problems.reject("structureId", "validation.required");
        } else if (!structuresOfGroup.contains(structureId)) {
            problems.reject("structureId", "planning.notInGroup");
        }
        if (visitedOn == null) {
            problems.reject("visitedOn", "validation.required");
        }
        if (days == null) {
            problems.reject("days", "validation.required");
        } else if (days.signum() <= 0 || days.compareTo(MAX_VISIT_DAYS) > 0 || days.scale() > 1) {
            problems.reject("days", "planning.visit.daysRange", MAX_VISIT_DAYS);
        }
        if (purpose == null || purpose.isBlank()) {
            problems.reject("purpose", "validation.required");
        } else if (purpose.strip().length() > 500) {
            problems.reject("purpose", "planning.tooLong", 500);
        }
        problems.throwIfAny();
        return visits.saveAndFlush(new ExpertVisit(groupId, structureId, visitedOn, days, purpose.strip()))
                .getId();
    }

    @Transactional(readOnly = true)
    public List<VisitView> visitsOf(long groupId, Map<Long, String> structureNames) {
        return visits.findByGroupIdOrderByVisitedOnDesc(groupId).stream()
                .map(v -> {
                    VisitView bare = v.view(null);
                    return v.view(structureNames.getOrDefault(bare.structureId(), ""));
                })
                .toList();
    }
}
