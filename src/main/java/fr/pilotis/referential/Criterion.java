package fr.pilotis.referential;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A criterion of a référentiel version: what a structure's arrangements must show. */
@Entity
class Criterion extends TenantEntity {

    private Long referentialId;
    private Long themeId;
    private String code;
    private short level;
    private String title;
    private String explanation;
    private String examples;
    private String expectedContent;
    private String legalReferences;
    private String expectedEvidence;
    private String keyDeliverable;
    private int position;

    protected Criterion() {}

    Criterion(long referentialId, long themeId, ReferentialContent.CriterionContent content, int position) {
        this.referentialId = referentialId;
        this.themeId = themeId;
        this.code = content.code();
        this.level = (short) content.level();
        this.title = content.title();
        this.explanation = content.explanation();
        this.examples = content.examples();
        this.expectedContent = content.expectedContent();
        this.legalReferences = content.legalReferences();
        this.expectedEvidence = content.expectedEvidence();
        this.keyDeliverable = content.keyDeliverable();
        this.position = position;
    }

    CriterionView view(ThemeView theme) {
        return new CriterionView(
                getId(),
                code,
                theme.id(),
                theme.code(),
                level,
                title,
                explanation,
                examples,
                expectedContent,
                legalReferences,
                expectedEvidence,
                keyDeliverable,
                position);
    }

    Long getThemeId() {
        return themeId;
    }
}
