package fr.pilotis.actionplan;

import fr.pilotis.access.Contact;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads action plans: a working group's collective plan and a structure's plan. Every
 * write checks the whole draft first (dates in order, owner of the plan, criteria and themes of the
 * plan's référentiel version, progress 0–100) and saves nothing when one thing is wrong. Who may
 * call what is decided by the controllers through {@code AccessPolicy}.
 */
@Service
@Transactional
public class ActionPlans {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int TITLE_MAX = 300;
    static final int COMMENT_MAX = 4_000;

    private final ActionItemRepository actions;
    private final ActionThemeRepository themes;
    private final ActionCriterionRepository criteria;
    private final ActionCommentRepository comments;
    private final ActionViews views;
    private final OrganisationDirectory directory;
    private final PeopleDirectory people;
    private final Campaigns campaigns;
    private final ReferentialCatalog referentials;
    private final Clock clock;

    ActionPlans(
            ActionItemRepository actions,
            ActionThemeRepository themes,
            ActionCriterionRepository criteria,
            ActionCommentRepository comments,
            ActionViews views,
            OrganisationDirectory directory,
            PeopleDirectory people,
            Campaigns campaigns,
            ReferentialCatalog referentials,
            Clock clock) {
        this.actions = actions;
        this.themes = themes;
        this.criteria = criteria;
        this.comments = comments;
        this.views = views;
        this.directory = directory;
        this.people = people;
        this.campaigns = campaigns;
        this.referentials = referentials;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    // ---- writes

    /** Adds an action to the group's collective plan (from the plan page, an import or a meeting's decision). */
    public long createCollective(long groupId, ActionDraft draft, Actor actor) {
        directory.findGroup(groupId).orElseThrow(NotFoundException::new);
        PlanChoices choices = choicesForGroup(groupId);
        check(draft, choices);
        ActionItem item = ActionItem.ofGroup(groupId, clock.instant(), actor.userId());
        return save(item, draft, choices);
    }

    /** Adds an action to the structure's plan. */
    public long createForStructure(long structureId, ActionDraft draft, Actor actor) {
        directory.findStructure(structureId).orElseThrow(NotFoundException::new);
        PlanChoices choices = choicesForStructure(structureId);
        check(draft, choices);
        ActionItem item = ActionItem.ofStructure(structureId, clock.instant(), actor.userId());
        return save(item, draft, choices);
    }

    /** Replaces what the action says; its plan does not change. */
    public void update(long actionId, ActionDraft draft) {
        ActionItem item = actions.findById(actionId).orElseThrow(NotFoundException::new);
        PlanChoices choices = choicesOf(item);
        check(draft, choices);
        themes.deleteByActionId(actionId);
        criteria.deleteByActionId(actionId);
        themes.flush();
        criteria.flush();
        save(item, draft, choices);
    }

    /** The board's quick move: a new status (and the progress, kept when not given). */
    public void changeStatus(long actionId, ActionStatus status) {
        ActionItem item = actions.findById(actionId).orElseThrow(NotFoundException::new);
        if (status == null) {
            throw InvalidInputException.of("status", "actionplan.status.invalid");
        }
        item.changeStatus(status, item.getProgress(), today());
        actions.saveAndFlush(item);
    }

    public void comment(long actionId, String body, Actor actor) {
        actions.findById(actionId).orElseThrow(NotFoundException::new);
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "validation.required");
        }
        if (body.strip().length() > COMMENT_MAX) {
            throw InvalidInputException.of("body", "validation.tooLong", COMMENT_MAX);
        }
        comments.saveAndFlush(new ActionComment(actionId, actor.userId(), body.strip(), clock.instant()));
    }

    /**
     * One action per criterion of the structure's plan, linked to it, due at the end of the current
     * year; criteria already linked to an action of the plan that is not abandoned are skipped.
     *
     * @return the ids of the actions created (empty when every criterion already had one)
     */
    public List<Long> createFromCriteria(long structureId, Collection<CriterionView> notMet, Actor actor) {
        directory.findStructure(structureId).orElseThrow(NotFoundException::new);
        Set<Long> covered = criteriaCoveredInStructurePlan(structureId);
        LocalDate dueOn = LocalDate.of(today().getYear(), 12, 31);
        List<Long> created = new ArrayList<>();
        for (CriterionView criterion : notMet) {
            if (covered.add(criterion.id())) {
                ActionItem item = ActionItem.ofStructure(structureId, clock.instant(), actor.userId());
                item.apply(
                        new ActionDraft(
                                truncate(criterion.code() + " — " + criterion.title()),
                                criterion.expectedContent(),
                                Set.of(criterion.themeId()),
                                Set.of(criterion.id()),
                                null,
                                null,
                                null,
                                dueOn,
                                ActionPriority.MEDIUM,
                                ActionStatus.TODO,
                                0),
                        today());
                ActionItem saved = actions.save(item);
                themes.save(new ActionTheme(saved.getId(), criterion.themeId()));
                criteria.save(new ActionCriterion(saved.getId(), criterion.id()));
                created.add(saved.getId());
            }
        }
        actions.flush();
        return created;
    }

    /** The criteria that an action of the structure's plan (not abandoned) already works on. */
    @Transactional(readOnly = true)
    public Set<Long> criteriaCoveredInStructurePlan(long structureId) {
        List<ActionItem> items = actions.findByStructureIdOrderByDueOnAscIdAsc(structureId).stream()
                .filter(a -> a.getStatus() != ActionStatus.ABANDONED)
                .toList();
        Set<Long> covered = new LinkedHashSet<>();
        criteria.findByActionIdIn(items.stream().map(ActionItem::getId).toList())
                .forEach(c -> covered.add(c.getCriterionId()));
        return covered;
    }

    private long save(ActionItem item, ActionDraft draft, PlanChoices choices) {
        item.apply(draft, today());
        ActionItem saved = actions.saveAndFlush(item);
        Set<Long> themeIds = new LinkedHashSet<>(draft.themeIds());
        for (Long criterionId : draft.criterionIds()) {
            choices.criteria().stream()
                    .filter(c -> c.id() == criterionId)
                    .findFirst()
                    .ifPresent(c -> themeIds.add(c.themeId()));
            criteria.save(new ActionCriterion(saved.getId(), criterionId));
        }
        themeIds.forEach(themeId -> themes.save(new ActionTheme(saved.getId(), themeId)));
        themes.flush();
        criteria.flush();
        return saved.getId();
    }

    static String truncate(String text) {
        return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX - 1) + "…";
    }

    /** Every problem of the draft at once, each on its form field. */
    void check(ActionDraft draft, PlanChoices choices) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        problems(draft, choices, problems);
        problems.throwIfAny();
    }

    static void problems(ActionDraft draft, PlanChoices choices, InvalidInputException.Collector problems) {
        if (draft.title() == null || draft.title().isBlank()) {
            problems.reject("title", "validation.required");
        } else if (draft.title().strip().length() > TITLE_MAX) {
            problems.reject("title", "validation.tooLong", TITLE_MAX);
        }
        if (draft.dueOn() == null) {
            problems.reject("dueOn", "validation.required");
        } else if (draft.startsOn() != null && draft.startsOn().isAfter(draft.dueOn())) {
            problems.reject("dueOn", "actionplan.datesOrder");
        }
        if (draft.priority() == null) {
            problems.reject("priority", "actionplan.priority.invalid");
        }
        if (draft.status() == null) {
            problems.reject("status", "actionplan.status.invalid");
        }
        if (draft.progress() != null && (draft.progress() < 0 || draft.progress() > 100)) {
            problems.reject("progress", "actionplan.progress.range");
        }
        if (draft.ownerPersonId() != null && draft.ownerStructureId() != null) {
            problems.reject("owner", "actionplan.owner.outside");
        } else if ((draft.ownerPersonId() != null || draft.ownerStructureId() != null)
                && choices.owner(draft.ownerPersonId(), draft.ownerStructureId())
                        .isEmpty()) {
            problems.reject("owner", "actionplan.owner.outside");
        }
        Set<Long> criterionIds = new LinkedHashSet<>();
        choices.criteria().forEach(c -> criterionIds.add(c.id()));
        if (!criterionIds.containsAll(draft.criterionIds())) {
            problems.reject("criterionIds", "actionplan.criteria.unknown");
        }
        Set<Long> themeIds = new LinkedHashSet<>();
        choices.themes().forEach(t -> themeIds.add(t.id()));
        if (!themeIds.containsAll(draft.themeIds())) {
            problems.reject("themeIds", "actionplan.themes.unknown");
        }
    }

    // ---- reads

    @Transactional(readOnly = true)
    public ActionView find(long actionId) {
        ActionItem item = actions.findById(actionId).orElseThrow(NotFoundException::new);
        return views.of(List.of(item), today()).get(0);
    }

    @Transactional(readOnly = true)
    public List<ActionView> ofGroup(long groupId) {
        return views.of(actions.findByWorkingGroupIdOrderByDueOnAscIdAsc(groupId), today());
    }

    /** The collective plans of several groups, by group, in one pass. */
    @Transactional(readOnly = true)
    public Map<Long, List<ActionView>> ofGroups(Collection<Long> groupIds) {
        Map<Long, List<ActionView>> byGroup = new LinkedHashMap<>();
        groupIds.forEach(id -> byGroup.put(id, new ArrayList<>()));
        if (!groupIds.isEmpty()) {
            views.of(actions.findByWorkingGroupIdInOrderByDueOnAscIdAsc(groupIds), today())
                    .forEach(a -> byGroup.get(a.workingGroupId()).add(a));
        }
        return byGroup;
    }

    @Transactional(readOnly = true)
    public List<ActionView> ofStructure(long structureId) {
        return views.of(actions.findByStructureIdOrderByDueOnAscIdAsc(structureId), today());
    }

    @Transactional(readOnly = true)
    public List<CommentView> comments(long actionId) {
        return views.comments(comments.findByActionIdOrderByCreatedAtAscIdAsc(actionId));
    }

    /** A group's plan links to the latest référentiel; its owners: experts, people and structures of the group. */
    @Transactional(readOnly = true)
    public PlanChoices choicesForGroup(long groupId) {
        List<StructureSummary> members = directory.structuresOfGroup(groupId, StructureScope.wholeNetwork());
        List<OwnerChoice> owners = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Contact expert : people.expertsOf(Set.of(groupId))) {
            if (seen.add(expert.userId())) {
                owners.add(OwnerChoice.person(expert.userId(), expert.displayName(), expert.email()));
            }
        }
        for (StructureSummary member : members) {
            for (Contact contact : people.contactsOfStructure(member.id())) {
                if (seen.add(contact.userId())) {
                    owners.add(OwnerChoice.person(
                            contact.userId(), contact.displayName() + " (" + member.name() + ")", contact.email()));
                }
            }
        }
        for (StructureSummary member : members) {
            owners.add(OwnerChoice.structure(member.id(), member.name(), member.finess()));
        }
        return new PlanChoices(currentReferential(), owners);
    }

    /** A structure's plan links to the latest référentiel; its owners: the structure's people. */
    @Transactional(readOnly = true)
    public PlanChoices choicesForStructure(long structureId) {
        List<OwnerChoice> owners = people.contactsOfStructure(structureId).stream()
                .map(c -> OwnerChoice.person(c.userId(), c.displayName(), c.email()))
                .distinct()
                .toList();
        return new PlanChoices(currentReferential(), owners);
    }

    private PlanChoices choicesOf(ActionItem item) {
        return item.getWorkingGroupId() != null
                ? choicesForGroup(item.getWorkingGroupId())
                : choicesForStructure(item.getStructureId());
    }

    /** The version of the network's latest campaign; before any campaign, the latest version. */
    private ReferentialVersion currentReferential() {
        return campaigns
                .latest()
                .map(c -> referentials.version(c.referentialId()))
                .or(() -> referentials.latest().map(r -> referentials.version(r.id())))
                .orElse(null);
    }
}
