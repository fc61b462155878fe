package fr.pilotis.referential;

public record CriterionView(
        long id,
        String code,
        long themeId,
        String themeCode,
        int level,
        String title,
        String explanation,
        String examples,
        String expectedContent,
        String legalReferences,
        String expectedEvidence,
        String keyDeliverable,
        int position) {

    public boolean namesKeyDeliverable() {
        return keyDeliverable != null && !keyDeliverable.isBlank();
    }
}
