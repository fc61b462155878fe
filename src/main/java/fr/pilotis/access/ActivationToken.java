package fr.pilotis.access;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A one-time link to choose one's password; only the token's SHA-256 is kept. */
@Entity
class ActivationToken extends TenantEntity {

    private Long userId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;

    protected ActivationToken() {}

    ActivationToken(long userId, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    Long getUserId() {
        return userId;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
