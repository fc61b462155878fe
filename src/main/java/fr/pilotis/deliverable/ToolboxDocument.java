package fr.pilotis.deliverable;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A model document of the toolbox, attached to a criterion. */
@Entity
class ToolboxDocument extends TenantEntity {

    private Long criterionId;
    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String versionLabel;
    private Long fileId;
    private Long uploadedBy;
    private Instant uploadedAt;

    protected ToolboxDocument() {}

    ToolboxDocument(
            long criterionId,
            String title,
            DocumentKind kind,
            String versionLabel,
            long fileId,
            long uploadedBy,
            Instant uploadedAt) {
        this.criterionId = criterionId;
        this.title = title;
        this.kind = kind;
        this.versionLabel = versionLabel;
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getCriterionId() {
        return criterionId;
    }

    String getTitle() {
        return title;
    }

    DocumentKind getKind() {
        return kind;
    }

    String getVersionLabel() {
        return versionLabel;
    }

    Long getFileId() {
        return fileId;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
