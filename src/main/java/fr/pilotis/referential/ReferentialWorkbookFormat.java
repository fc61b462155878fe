package fr.pilotis.referential;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout of a référentiel workbook, one definition for the export and the import (described
 * for users in docs/referential-xlsx.md and on the référentiel page). Sheet and column names are
 * part of the file format, hence French in every language; the import matches them ignoring case,
 * accents and extra spaces, and finds columns by their header, whatever their order.
 */
final class ReferentialWorkbookFormat {

    static final String REFERENTIAL_SHEET = "Référentiel";
    static final String THEMES_SHEET = "Thèmes";
    static final String CRITERIA_SHEET = "Critères";
    static final String NOTICE_SHEET = "Notice";

    /** Keys in column A of the « Référentiel » sheet, their value in column B. */
    static final String NAME_KEY = "Nom";

    static final String DESCRIPTION_KEY = "Description";

    static final List<String> SHEETS = List.of(REFERENTIAL_SHEET, THEMES_SHEET, CRITERIA_SHEET);

    /** A column: its header, the field of {@link ReferentialContent} it holds, and its width in characters. */
    record Column(String header, String field, boolean required, int width) {}

    static final List<Column> THEME_COLUMNS = List.of(
            new Column("Code", "code", true, 10),
            new Column("Intitulé", "title", true, 45),
            new Column("Niveau 1", "level1Title", true, 55),
            new Column("Niveau 2", "level2Title", true, 55));

    static final List<Column> CRITERION_COLUMNS = List.of(
            new Column("Code", "code", true, 10),
            new Column("Thème", "themeCode", true, 8),
            new Column("Niveau", "level", true, 8),
            new Column("Intitulé", "title", true, 50),
            new Column("Explication", "explanation", true, 70),
            new Column("Exemples", "examples", false, 60),
            new Column("Contenu attendu", "expectedContent", false, 60),
            new Column("Références", "legalReferences", false, 45),
            new Column("Preuves attendues", "expectedEvidence", false, 50),
            new Column("Livrable clé", "keyDeliverable", false, 35));

    /** One line of the notice: which sheet and column, whether it must be filled, what it holds. */
    record NoticeLine(String sheet, String column, boolean required, String descriptionKey) {}

    static final List<NoticeLine> NOTICE = notice();

    private ReferentialWorkbookFormat() {}

    static Optional<Column> column(List<Column> columns, String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** "Thèmes", "themes ", "THEMES" all name the same sheet or column. */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents
                .replace('\u00a0', ' ')
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static List<NoticeLine> notice() {
        List<NoticeLine> lines = new ArrayList<>();
        lines.add(new NoticeLine(REFERENTIAL_SHEET, NAME_KEY, true, "referential.format.name"));
        lines.add(new NoticeLine(REFERENTIAL_SHEET, DESCRIPTION_KEY, false, "referential.format.description"));
        for (Column column : THEME_COLUMNS) {
            lines.add(new NoticeLine(
                    THEMES_SHEET, column.header(), column.required(), "referential.format.theme." + column.field()));
        }
        for (Column column : CRITERION_COLUMNS) {
            lines.add(new NoticeLine(
                    CRITERIA_SHEET,
                    column.header(),
                    column.required(),
                    "referential.format.criterion." + column.field()));
        }
        return List.copyOf(lines);
    }
}
