package fr.pilotis.shared.files;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A file's description; its bytes live apart in {@code stored_file_chunk}, written and read in SQL. */
@Entity
class StoredFile extends TenantEntity {

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;
    private Long uploadedBy;

    protected StoredFile() {}

    StoredFile(String fileName, String contentType, long sizeBytes, Instant uploadedAt, Long uploadedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = "";
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    void completed(long sizeBytes, String sha256) {
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    StoredFileView view() {
        return new StoredFileView(getId(), fileName, contentType, sizeBytes, sha256, uploadedAt, uploadedBy);
    }
}
