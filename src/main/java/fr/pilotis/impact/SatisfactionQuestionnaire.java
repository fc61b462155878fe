package fr.pilotis.impact;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One returned questionnaire: when it came back and its answer (no name, no client reference). */
@Entity
class SatisfactionQuestionnaire extends TenantEntity {

    private long structureId;
    private int year;
    private LocalDate returnedOn;

    @Enumerated(EnumType.STRING)
    private SatisfactionLevel answer;

    protected SatisfactionQuestionnaire() {}

    SatisfactionQuestionnaire(long structureId, int year, LocalDate returnedOn, SatisfactionLevel answer) {
        this.structureId = structureId;
        this.year = year;
        this.returnedOn = returnedOn;
        this.answer = answer;
    }

    long getStructureId() {
        return structureId;
    }

    QuestionnaireView view() {
        return new QuestionnaireView(getId(), returnedOn, answer);
    }
}
