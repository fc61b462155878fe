package fr.pilotis.diagnostic;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One changed field of an answer or of its review: who, when, the old and the new value. */
@Entity
class AnswerChange extends TenantEntity {

    enum Kind {
        ANSWER,
        REVIEW
    }

    private Long answerId;
    private Instant changedAt;
    private Long changedBy;
    private String changedByName;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String field;
    private String oldValue;
    private String newValue;

    protected AnswerChange() {}

    AnswerChange(
            long answerId,
            Instant changedAt,
            long changedBy,
            String changedByName,
            Kind kind,
            String field,
            String oldValue,
            String newValue) {
        this.answerId = answerId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.kind = kind;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    AnswerChangeView view() {
        return new AnswerChangeView(changedAt, changedByName, kind.name(), field, oldValue, newValue);
    }
}
