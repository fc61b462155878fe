package fr.pilotis.actionplan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The collective plan's workbook, as docs/action-plan-xlsx.md documents it: a « Synthèse » sheet,
 * then one sheet per working group with a header row and one row per action in these columns.
 */
final class ActionPlanWorkbookFormat {

    static final String SUMMARY_SHEET = "Synthèse";

    /** One column: the form field it fills (for error messages) and its header. */
    record Column(String field, String header) {}

    static final Column REFERENCE = new Column("reference", "Référence");
    static final Column TITLE = new Column("title", "Action");
    static final Column DESCRIPTION = new Column("description", "Description");
    static final Column THEMES = new Column("themeIds", "Thèmes");
    static final Column CRITERIA = new Column("criterionIds", "Critères");
    static final Column OWNER = new Column("owner", "Responsable");
    static final Column STARTS_ON = new Column("startsOn", "Début");
    static final Column DUE_ON = new Column("dueOn", "Échéance");
    static final Column PRIORITY = new Column("priority", "Priorité");
    static final Column STATUS = new Column("status", "Statut");
    static final Column PROGRESS = new Column("progress", "Avancement (%)");

    static final List<Column> COLUMNS = List.of(
            REFERENCE, TITLE, DESCRIPTION, THEMES, CRITERIA, OWNER, STARTS_ON, DUE_ON, PRIORITY, STATUS, PROGRESS);

    static final Map<ActionPriority, String> PRIORITY_LABELS =
            Map.of(ActionPriority.HIGH, "haute", ActionPriority.MEDIUM, "moyenne", ActionPriority.LOW, "basse");

    static final Map<ActionStatus, String> STATUS_LABELS = Map.of(
            ActionStatus.TODO, "à faire",
            ActionStatus.IN_PROGRESS, "en cours",
            ActionStatus.DONE, "fait",
            ActionStatus.ABANDONED, "abandonné");

    private ActionPlanWorkbookFormat() {}

    static int indexOf(String field) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).field().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    static Optional<ActionPriority> priority(String label) {
        return PRIORITY_LABELS.entrySet().stream()
                .filter(e -> normalize(e.getValue()).equals(normalize(label)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static Optional<ActionStatus> status(String label) {
        return STATUS_LABELS.entrySet().stream()
                .filter(e -> normalize(e.getValue()).equals(normalize(label)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Lower case, without accents or repeated spaces: « À faire » matches « a faire ». */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
    static String sheetName(String name, int index) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        if (cleaned.isEmpty() || normalize(cleaned).equals(normalize(SUMMARY_SHEET))) {
            cleaned = "Groupe " + (index + 1);
        }
        String suffix = " (" + (index + 1) + ")";
        return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31 - suffix.length()) + suffix;
    }
}
