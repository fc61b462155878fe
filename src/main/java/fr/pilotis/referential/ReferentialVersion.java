package fr.pilotis.referential;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A saved version with its themes and criteria in order, as diagnostics and exports read it. */
public record ReferentialVersion(ReferentialSummary summary, List<ThemeView> themes, List<CriterionView> criteria) {

    public ReferentialVersion {
        themes = List.copyOf(themes);
        criteria = List.copyOf(criteria);
    }

    public Map<Long, ThemeView> themesById() {
        return themes.stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
    }

    public List<CriterionView> criteriaOf(ThemeView theme) {
        return criteria.stream().filter(c -> c.themeId() == theme.id()).toList();
    }

    /** The version as content again: what an export writes and a re-import of that export reads. */
    public ReferentialContent content() {
        return new ReferentialContent(
                summary.name(),
                summary.description(),
                themes.stream()
                        .map(t -> new ReferentialContent.ThemeContent(
                                t.code(), t.title(), t.level1Title(), t.level2Title()))
                        .toList(),
                criteria.stream()
                        .map(c -> new ReferentialContent.CriterionContent(
                                c.code(),
                                c.themeCode(),
                                c.level(),
                                c.title(),
                                c.explanation(),
                                c.examples(),
                                c.expectedContent(),
                                c.legalReferences(),
                                c.expectedEvidence(),
                                c.keyDeliverable()))
                        .toList());
    }
}
