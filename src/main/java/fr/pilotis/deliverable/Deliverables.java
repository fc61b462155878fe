package fr.pilotis.deliverable;

import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliverables structures owe and their review. Who may do what is checked by the controllers
 * (through {@code AccessPolicy}); this service keeps the rules of the deliverable itself: a
 * validated deliverable is closed, only a filed version can be reviewed, every input is checked
 * whole before anything is written.
 */
@Service
@Transactional
public class Deliverables {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int LABEL_MAX = 200;
    static final int COMMENT_MAX = 4000;

    private final DeliverableRequirementRepository requirements;
    private final DeliverableRepository deliverables;
    private final DeliverableVersionRepository versions;
    private final DeliverableCommentRepository comments;
    private final FileStore files;
    private final PeopleDirectory people;
    private final Clock clock;

    Deliverables(
            DeliverableRequirementRepository requirements,
            DeliverableRepository deliverables,
            DeliverableVersionRepository versions,
            DeliverableCommentRepository comments,
            FileStore files,
            PeopleDirectory people,
            Clock clock) {
        this.requirements = requirements;
        this.deliverables = deliverables;
        this.versions = versions;
        this.comments = comments;
        this.files = files;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Adds what the given structures (those of the requirement's scope, found by the caller) owe,
     * one expected deliverable for each.
     */
    public long addRequirement(RequirementInput input, Collection<StructureSummary> structures, Actor actor) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            problems.reject("title", "deliverable.requirement.title.required");
        } else if (title.length() > TITLE_MAX) {
            problems.reject("title", "deliverable.requirement.title.tooLong", TITLE_MAX);
        }
        String description = blankToNull(input.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            problems.reject("description", "deliverable.requirement.description.tooLong", DESCRIPTION_MAX);
        }
        if (input.filledBy() != Role.REFERENT && input.filledBy() != Role.DIRECTOR) {
            problems.reject("filledBy", "deliverable.requirement.filledBy.required");
        }
        if (structures.isEmpty()) {
            problems.reject("scope", "deliverable.requirement.scope.empty");
        }
        problems.throwIfAny();
        DeliverableRequirement requirement = requirements.save(new DeliverableRequirement(
                title,
                description,
                input.criterionId(),
                input.scope(),
                input.filledBy(),
                input.dueOn(),
                DeliverableRequirement.Origin.ADDED,
                actor.userId(),
                clock.instant()));
        deliverables.saveAll(structures.stream()
                .map(s -> new Deliverable(requirement.getId(), s.id()))
                .toList());
        deliverables.flush();
        return requirement.getId();
    }

    /**
     * Makes every key deliverable the référentiel names a requirement for the whole network (once
     * per criterion), and gives every structure its expected deliverable for each: run again after
     * structures join, it adds only what is missing. Returns the number of deliverables added.
     */
    public int adoptKeyDeliverables(
            Collection<CriterionView> criteria, LocalDate dueOn, Collection<StructureSummary> network, Actor actor) {
        List<CriterionView> keys =
                criteria.stream().filter(CriterionView::namesKeyDeliverable).toList();
        Set<Long> adopted = requirements
                .findByCriterionIdInAndOrigin(
                        keys.stream().map(CriterionView::id).toList(), DeliverableRequirement.Origin.REFERENTIAL)
                .stream()
                .map(DeliverableRequirement::getCriterionId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        List<DeliverableRequirement> added = new ArrayList<>();
        for (CriterionView criterion : keys) {
            if (!adopted.contains(criterion.id())) {
                added.add(new DeliverableRequirement(
                        criterion.keyDeliverable().strip(),
                        null,
                        criterion.id(),
                        RequirementScope.wholeNetwork(),
                        Role.REFERENT,
                        dueOn,
                        DeliverableRequirement.Origin.REFERENTIAL,
                        actor == null ? null : actor.userId(),
                        now));
            }
        }
        requirements.saveAll(added);
        requirements.flush();
        return addMissing(requirements.findAll(), network);
    }

    /** One expected deliverable per requirement and structure it applies to, where none exists yet. */
    private int addMissing(List<DeliverableRequirement> all, Collection<StructureSummary> structures) {
        Set<String> existing = new HashSet<>();
        deliverables
                .findByRequirementIdIn(
                        all.stream().map(DeliverableRequirement::getId).toList())
                .forEach(d -> existing.add(d.getRequirementId() + ":" + d.getStructureId()));
        List<Deliverable> missing = new ArrayList<>();
        for (DeliverableRequirement requirement : all) {
            for (StructureSummary structure : structures) {
                if (appliesTo(requirement.scope(), structure)
                        && !existing.contains(requirement.getId() + ":" + structure.id())) {
                    missing.add(new Deliverable(requirement.getId(), structure.id()));
                }
            }
        }
        deliverables.saveAll(missing);
        deliverables.flush();
        return missing.size();
    }

    /**
     * Gives a structure that joined the network, or moved into another UT or group, a deliverable
     * for every requirement whose scope now covers it and that it does not have yet. What it owes
     * from its former UT or group stays: work already done is not lost, and the expert still sees
     * it through the structure. Returns the number of deliverables added.
     */
    public int addOwedBy(StructureSummary structure) {
        Set<Long> owed = deliverables.findByStructureId(structure.id()).stream()
                .map(Deliverable::getRequirementId)
                .collect(Collectors.toSet());
        List<Deliverable> missing = requirements.findAll().stream()
                .filter(r -> appliesTo(r.scope(), structure) && !owed.contains(r.getId()))
                .map(r -> new Deliverable(r.getId(), structure.id()))
                .toList();
        deliverables.saveAll(missing);
        deliverables.flush();
        return missing.size();
    }

    static boolean appliesTo(RequirementScope scope, StructureSummary structure) {
        if (scope.structureId() != null) {
            return scope.structureId() == structure.id();
        }
        if (scope.groupId() != null) {
            return Objects.equals(scope.groupId(), structure.workingGroupId());
        }
        if (scope.unionId() != null) {
            return scope.unionId() == structure.territorialUnionId();
        }
        return true;
    }

    /** Files a new version: the deliverable waits for its expert again. Refused once validated. */
    public DeliverableVersionView fileVersion(
            long deliverableId, String fileName, long size, InputStream content, String label, Actor actor) {
        Deliverable deliverable = deliverables.findById(deliverableId).orElseThrow(NotFoundException::new);
        deliverable.requireNotValidated();
        String cleanLabel = blankToNull(label);
        if (cleanLabel != null && cleanLabel.length() > LABEL_MAX) {
            throw InvalidInputException.of("label", "deliverable.version.label.tooLong", LABEL_MAX);
        }
        StoredFileView file = files.storeDocument(fileName, size, content, actor.userId());
        int number = versions.findByDeliverableIdOrderByNumberDesc(deliverableId).stream()
                        .mapToInt(DeliverableVersion::getNumber)
                        .max()
                        .orElse(0)
                + 1;
        Instant now = clock.instant();
        DeliverableVersion version = versions.saveAndFlush(
                new DeliverableVersion(deliverableId, number, cleanLabel, file.id(), actor.userId(), now));
        deliverable.versionFiled(now);
        deliverables.saveAndFlush(deliverable);
        return view(version, file, Map.of(actor.userId(), actor.name()));
    }

    /** A message in the deliverable's thread (the structure's people or its expert). */
    public void comment(long deliverableId, String body, Actor actor) {
        Deliverable deliverable = deliverables.findById(deliverableId).orElseThrow(NotFoundException::new);
        String text = checkedComment(body, true);
        comments.saveAndFlush(new DeliverableComment(
                deliverable.getId(), actor.userId(), text, null, latestNumber(deliverableId), clock.instant()));
    }

    /**
     * The expert's decision on the filed version: changes asked (a comment says which) or validated.
     * Refused when nothing is filed since the last decision, and once validated.
     */
    public void review(long deliverableId, DeliverableStatus decision, String body, Actor actor) {
        Deliverable deliverable = deliverables.findById(deliverableId).orElseThrow(NotFoundException::new);
        if (decision != DeliverableStatus.CHANGES_REQUESTED && decision != DeliverableStatus.VALIDATED) {
            throw InvalidInputException.of("decision", "deliverable.review.decision.required");
        }
        String text = checkedComment(body, decision == DeliverableStatus.CHANGES_REQUESTED);
        Instant now = clock.instant();
        if (decision == DeliverableStatus.VALIDATED) {
            deliverable.validated(actor.userId(), now);
        } else {
            deliverable.changesRequested();
        }
        deliverables.saveAndFlush(deliverable);
        comments.saveAndFlush(new DeliverableComment(
                deliverable.getId(),
                actor.userId(),
                text == null ? "" : text,
                decision,
                latestNumber(deliverableId),
                now));
    }

    @Transactional(readOnly = true)
    public DeliverableLine line(long deliverableId) {
        return deliverables.line(deliverableId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<DeliverableLine> ofStructures(Collection<Long> structureIds) {
        return structureIds.isEmpty() ? List.of() : deliverables.linesOfStructures(structureIds);
    }

    /** Filed versions waiting for their expert, oldest first. */
    @Transactional(readOnly = true)
    public List<DeliverableLine> awaitingReview(Collection<Long> structureIds) {
        return structureIds.isEmpty() ? List.of() : deliverables.awaitingReview(structureIds);
    }

    /** The structure's validated deliverables for these criteria (ids of one référentiel version). */
    @Transactional(readOnly = true)
    public List<DeliverableLine> validatedForCriteria(long structureId, Collection<Long> criterionIds) {
        return criterionIds.isEmpty() ? List.of() : deliverables.validatedForCriteria(structureId, criterionIds);
    }

    /** Every version, latest first. */
    @Transactional(readOnly = true)
    public List<DeliverableVersionView> versions(long deliverableId) {
        return views(versions.findByDeliverableIdOrderByNumberDesc(deliverableId));
    }

    /** The latest version of each deliverable, by deliverable id. */
    @Transactional(readOnly = true)
    public Map<Long, DeliverableVersionView> latestVersions(Collection<Long> deliverableIds) {
        if (deliverableIds.isEmpty()) {
            return Map.of();
        }
        return views(versions.findByDeliverableIdInOrderByNumberDesc(deliverableIds)).stream()
                .collect(Collectors.toMap(DeliverableVersionView::deliverableId, Function.identity(), (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public DeliverableVersionView version(long versionId) {
        DeliverableVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        return views(List.of(version)).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<CommentView> thread(long deliverableId) {
        List<DeliverableComment> all = comments.findByDeliverableIdOrderByWrittenAtAscIdAsc(deliverableId);
        Map<Long, String> names =
                people.namesOf(all.stream().map(DeliverableComment::getAuthorId).collect(Collectors.toSet()));
        return all.stream()
                .map(c -> new CommentView(
                        names.getOrDefault(c.getAuthorId(), ""),
                        c.getBody(),
                        c.getDecision(),
                        c.getVersionNumber(),
                        c.getWrittenAt()))
                .toList();
    }

    /** Every requirement of the network, soonest due first. */
    @Transactional(readOnly = true)
    public List<RequirementView> requirements() {
        return requirements.findAllByOrderByDueOnAscTitleAsc().stream()
                .map(r -> new RequirementView(
                        r.getId(),
                        r.getTitle(),
                        r.getDescription(),
                        r.getCriterionId(),
                        r.scope(),
                        r.getFilledBy(),
                        r.getDueOn(),
                        r.getOrigin() == DeliverableRequirement.Origin.REFERENTIAL))
                .toList();
    }

    private List<DeliverableVersionView> views(List<DeliverableVersion> rows) {
        Map<Long, StoredFileView> described =
                files.describe(rows.stream().map(DeliverableVersion::getFileId).toList()).stream()
                        .collect(Collectors.toMap(StoredFileView::id, Function.identity()));
        Map<Long, String> names = people.namesOf(
                rows.stream().map(DeliverableVersion::getUploadedBy).collect(Collectors.toSet()));
        return rows.stream()
                .filter(v -> described.containsKey(v.getFileId()))
                .map(v -> view(v, described.get(v.getFileId()), names))
                .toList();
    }

    private static DeliverableVersionView view(DeliverableVersion v, StoredFileView file, Map<Long, String> names) {
        return new DeliverableVersionView(
                v.getId(),
                v.getDeliverableId(),
                v.getNumber(),
                v.getLabel(),
                file.id(),
                file.fileName(),
                file.contentType(),
                file.sizeBytes(),
                names.getOrDefault(v.getUploadedBy(), ""),
                v.getUploadedAt());
    }

    private Integer latestNumber(long deliverableId) {
        return versions.findByDeliverableIdOrderByNumberDesc(deliverableId).stream()
                .findFirst()
                .map(DeliverableVersion::getNumber)
                .orElse(null);
    }

    private static String checkedComment(String body, boolean required) {
        String text = blankToNull(body);
        if (text == null && required) {
            throw InvalidInputException.of("body", "deliverable.comment.required");
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw InvalidInputException.of("body", "deliverable.comment.tooLong", COMMENT_MAX);
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
