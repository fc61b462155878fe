package fr.pilotis.referential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a référentiel usable: themes with unique codes and titles for both levels, criteria with
 * unique codes, an existing theme, level 1 or 2, a title and an explanation, and every text within
 * its size (the columns' sizes, and 20,000 characters for the long texts). The importer reports these problems with the row and column of the workbook.
 */
public final class ReferentialRules {

    /** One broken rule: which theme or criterion (index in its list), which field, which message. */
    public record Problem(Kind kind, int index, String field, String messageKey, List<Object> arguments) {

        public enum Kind {
            REFERENTIAL,
            THEME,
            CRITERION
        }
    }

    static final int MAX_CODE = 20;
    static final int MAX_TITLE = 300;
    static final int MAX_DELIVERABLE = 200;
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_TEXT = 20_000;

    private ReferentialRules() {}

    public static List<Problem> problems(ReferentialContent content) {
        List<Problem> problems = new ArrayList<>();
        if (blank(content.name())) {
            problems.add(new Problem(Problem.Kind.REFERENTIAL, 0, "name", "validation.required", List.of()));
        } else if (content.name().length() > MAX_TITLE) {
            problems.add(new Problem(Problem.Kind.REFERENTIAL, 0, "name", "validation.tooLong", List.of(MAX_TITLE)));
        }
        limit(problems, Problem.Kind.REFERENTIAL, 0, "description", content.description(), MAX_DESCRIPTION);
        Set<String> themeCodes = new HashSet<>();
        for (int i = 0; i < content.themes().size(); i++) {
            ReferentialContent.ThemeContent theme = content.themes().get(i);
            require(problems, Problem.Kind.THEME, i, "code", theme.code(), 10);
            require(problems, Problem.Kind.THEME, i, "title", theme.title(), MAX_TITLE);
            require(problems, Problem.Kind.THEME, i, "level1Title", theme.level1Title(), MAX_TITLE);
            require(problems, Problem.Kind.THEME, i, "level2Title", theme.level2Title(), MAX_TITLE);
            if (!blank(theme.code()) && !themeCodes.add(theme.code())) {
                problems.add(new Problem(
                        Problem.Kind.THEME, i, "code", "referential.code.duplicate", List.of(theme.code())));
            }
        }
        if (content.themes().isEmpty()) {
            problems.add(new Problem(Problem.Kind.REFERENTIAL, 0, "themes", "referential.themes.none", List.of()));
        }
        Set<String> criterionCodes = new HashSet<>();
        for (int i = 0; i < content.criteria().size(); i++) {
            ReferentialContent.CriterionContent criterion = content.criteria().get(i);
            require(problems, Problem.Kind.CRITERION, i, "code", criterion.code(), MAX_CODE);
            require(problems, Problem.Kind.CRITERION, i, "title", criterion.title(), MAX_TITLE);
            require(problems, Problem.Kind.CRITERION, i, "explanation", criterion.explanation(), MAX_TEXT);
            limit(problems, Problem.Kind.CRITERION, i, "examples", criterion.examples(), MAX_TEXT);
            limit(problems, Problem.Kind.CRITERION, i, "expectedContent", criterion.expectedContent(), MAX_TEXT);
            limit(problems, Problem.Kind.CRITERION, i, "legalReferences", criterion.legalReferences(), MAX_TEXT);
            limit(problems, Problem.Kind.CRITERION, i, "expectedEvidence", criterion.expectedEvidence(), MAX_TEXT);
            if (!blank(criterion.code()) && !criterionCodes.add(criterion.code())) {
                problems.add(new Problem(
                        Problem.Kind.CRITERION, i, "code", "referential.code.duplicate", List.of(criterion.code())));
            }
            if (blank(criterion.themeCode())) {
                problems.add(new Problem(Problem.Kind.CRITERION, i, "themeCode", "validation.required", List.of()));
            } else if (!themeCodes.contains(criterion.themeCode())) {
                problems.add(new Problem(
                        Problem.Kind.CRITERION,
                        i,
                        "themeCode",
                        "referential.theme.unknown",
                        List.of(criterion.themeCode())));
            }
            if (criterion.level() != 1 && criterion.level() != 2) {
                problems.add(new Problem(Problem.Kind.CRITERION, i, "level", "referential.level.invalid", List.of()));
            }
            limit(problems, Problem.Kind.CRITERION, i, "keyDeliverable", criterion.keyDeliverable(), MAX_DELIVERABLE);
        }
        if (content.criteria().isEmpty()) {
            problems.add(new Problem(Problem.Kind.REFERENTIAL, 0, "criteria", "referential.criteria.none", List.of()));
        }
        return problems;
    }

    private static void require(
            List<Problem> problems, Problem.Kind kind, int index, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new Problem(kind, index, field, "validation.required", List.of()));
        } else if (value.length() > max) {
            problems.add(new Problem(kind, index, field, "validation.tooLong", List.of(max)));
        }
    }

    private static void limit(
            List<Problem> problems, Problem.Kind kind, int index, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(kind, index, field, "validation.tooLong", List.of(max)));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
