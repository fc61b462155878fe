package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A step of the programme's planning, of one UT or of one working group. */
@Entity
class PlanningStep extends TenantEntity {

    @Column(name = "territorial_union_id")
    private Long unionId;

    @Column(name = "working_group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    private String title;
    private String themeCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private StepStatus status;

    protected PlanningStep() {}

    PlanningStep(Long unionId, Long groupId) {
        this.unionId = unionId;
        this.groupId = groupId;
        this.status = StepStatus.PLANNED;
    }

    void update(StepInput input) {
        this.kind = input.kind();
        this.title = input.title().strip();
        this.themeCode = input.themeCode() == null || input.themeCode().isBlank()
                ? null
                : input.themeCode().strip();
        this.startsOn = input.startsOn();
        this.endsOn = input.endsOn();
        this.ownerId = input.ownerId();
        this.status = input.status() == null ? StepStatus.PLANNED : input.status();
    }

    void changeStatus(StepStatus status) {
        this.status = status;
    }

    Long getUnionId() {
        return unionId;
    }

    Long getGroupId() {
        return groupId;
    }

    StepView view(String ownerName) {
        return new StepView(
                getId(), unionId, groupId, kind, title, themeCode, startsOn, endsOn, ownerId, ownerName, status);
    }
}
