package fr.pilotis.actionplan;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/** One message of an action's comment thread. */
@Entity
class ActionComment extends TenantEntity {

    private Long actionId;
    private Long authorId;
    private String body;
    private Instant createdAt;

    protected ActionComment() {}

    ActionComment(long actionId, long authorId, String body, Instant createdAt) {
        this.actionId = actionId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getActionId() {
        return actionId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
