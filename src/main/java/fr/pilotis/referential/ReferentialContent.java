package fr.pilotis.referential;

import java.util.List;

/** A whole référentiel as read from the default file or an imported workbook, before it is saved. */
public record ReferentialContent(
        String name, String description, List<ThemeContent> themes, List<CriterionContent> criteria) {

    public ReferentialContent {
        themes = List.copyOf(themes);
        criteria = List.copyOf(criteria);
    }

    public record ThemeContent(String code, String title, String level1Title, String level2Title) {}

    public record CriterionContent(
            String code,
            String themeCode,
            int level,
            String title,
            String explanation,
            String examples,
            String expectedContent,
            String legalReferences,
            String expectedEvidence,
            String keyDeliverable) {}
}
