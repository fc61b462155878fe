package fr.pilotis.diagnostic;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A stored file that the structure gives as evidence for one of its answers. */
@Entity
class Evidence extends TenantEntity {

    private Long answerId;
    private Long fileId;

    protected Evidence() {}

    Evidence(long answerId, long fileId) {
        this.answerId = answerId;
        this.fileId = fileId;
    }

    Long getAnswerId() {
        return answerId;
    }

    Long getFileId() {
        return fileId;
    }
}
