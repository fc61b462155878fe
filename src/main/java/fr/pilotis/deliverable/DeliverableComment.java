package fr.pilotis.deliverable;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A message of a deliverable's thread; the expert's decisions are comments with an outcome. */
@Entity
class DeliverableComment extends TenantEntity {

    private Long deliverableId;
    private Long authorId;
    private String body;

    @Enumerated(EnumType.STRING)
    private DeliverableStatus decision;

    private Integer versionNumber;
    private Instant writtenAt;

    protected DeliverableComment() {}

    DeliverableComment(
            long deliverableId,
            long authorId,
            String body,
            DeliverableStatus decision,
            Integer versionNumber,
            Instant writtenAt) {
        this.deliverableId = deliverableId;
        this.authorId = authorId;
        this.body = body;
        this.decision = decision;
        this.versionNumber = versionNumber;
        this.writtenAt = writtenAt;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    DeliverableStatus getDecision() {
        return decision;
    }

    Integer getVersionNumber() {
        return versionNumber;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
