package fr.pilotis.referential;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** One version of the référentiel of a network. */
@Entity
class Referential extends TenantEntity {

    enum Source {
        DEFAULT,
        IMPORT
    }

    private int version;
    private String name;
    private String description;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Source source;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Referential() {}

    Referential(int version, String name, String description, Source source) {
        this.version = version;
        this.name = name;
        this.description = description;
        this.source = source;
    }

    int getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Source getSource() {
        return source;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
