package fr.pilotis.deliverable;

import fr.pilotis.access.Role;
import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What structures owe (slide 28: who fills it, what, when): for every structure of the network
 * (a key deliverable of the référentiel), or of one UT, one group, or one structure.
 */
@Entity
class DeliverableRequirement extends TenantEntity {

    enum Origin {
        REFERENTIAL,
        ADDED
    }

    private String title;
    private String description;
    private Long criterionId;
    private Long territorialUnionId;
    private Long workingGroupId;
    private Long structureId;

    @Enumerated(EnumType.STRING)
    private Role filledBy;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private Long createdBy;
    private Instant createdAt;

    protected DeliverableRequirement() {}

    DeliverableRequirement(
            String title,
            String description,
            Long criterionId,
            RequirementScope scope,
            Role filledBy,
            LocalDate dueOn,
            Origin origin,
            Long createdBy,
            Instant createdAt) {
        this.title = title;
        this.description = description;
        this.criterionId = criterionId;
        this.territorialUnionId = scope.unionId();
        this.workingGroupId = scope.groupId();
        this.structureId = scope.structureId();
        this.filledBy = filledBy;
        this.dueOn = dueOn;
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Long getCriterionId() {
        return criterionId;
    }

    RequirementScope scope() {
        return new RequirementScope(territorialUnionId, workingGroupId, structureId);
    }

    Role getFilledBy() {
        return filledBy;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Origin getOrigin() {
        return origin;
    }
}
