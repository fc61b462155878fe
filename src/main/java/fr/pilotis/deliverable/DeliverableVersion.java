package fr.pilotis.deliverable;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A file the structure filed for a deliverable; each upload is a new version, none is replaced. */
@Entity
class DeliverableVersion extends TenantEntity {

    private Long deliverableId;
    private int number;
    private String label;
    private Long fileId;
    private Long uploadedBy;
    private Instant uploadedAt;

    protected DeliverableVersion() {}

    DeliverableVersion(long deliverableId, int number, String label, long fileId, long uploadedBy, Instant uploadedAt) {
        this.deliverableId = deliverableId;
        this.number = number;
        this.label = label;
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getDeliverableId() {
        return deliverableId;
    }

    int getNumber() {
        return number;
    }

    String getLabel() {
        return label;
    }

    Long getFileId() {
        return fileId;
    }

    Long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
