package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A visit of the group's expert to one of its structures: it consumes expert days. */
@Entity
class ExpertVisit extends TenantEntity {

    @Column(name = "working_group_id")
    private long groupId;

    private long structureId;
    private LocalDate visitedOn;
    private BigDecimal days;
    private String purpose;

    protected ExpertVisit() {}

    ExpertVisit(long groupId, long structureId, LocalDate visitedOn, BigDecimal days, String purpose) {
        this.groupId = groupId;
        this.structureId = structureId;
        this.visitedOn = visitedOn;
        this.days = days;
        this.purpose = purpose;
    }

    long getGroupId() {
        return groupId;
    }

    VisitView view(String structureName) {
        return new VisitView(getId(), groupId, structureId, structureName, visitedOn, days, purpose);
    }
}
