package fr.pilotis.deliverable;

import fr.pilotis.organisation.StructureSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UT's structures × the deliverables they owe: one row per structure, one column per
 * requirement, a cell per deliverable (empty where the requirement does not apply).
 */
public record DeliverableMatrix(List<Column> columns, List<Row> rows, LocalDate today) {

    public record Column(long requirementId, String title, LocalDate dueOn) {}

    public record Row(StructureSummary structure, List<DeliverableLine> cells) {}

    static DeliverableMatrix of(List<StructureSummary> structures, List<DeliverableLine> lines, LocalDate today) {
        Map<Long, Column> columns = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparing(
                                DeliverableLine::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(DeliverableLine::title))
                .forEach(l ->
                        columns.putIfAbsent(l.requirementId(), new Column(l.requirementId(), l.title(), l.dueOn())));
        List<Column> ordered = new ArrayList<>(columns.values());
        Map<String, DeliverableLine> cellsByKey = new java.util.HashMap<>();
        lines.forEach(l -> cellsByKey.put(l.structureId() + ":" + l.requirementId(), l));
        List<Row> rows = new ArrayList<>();
        for (StructureSummary structure : structures) {
            List<DeliverableLine> cells = new ArrayList<>();
            for (Column column : ordered) {
                cells.add(cellsByKey.get(structure.id() + ":" + column.requirementId()));
            }
            rows.add(new Row(structure, cells));
        }
        return new DeliverableMatrix(ordered, rows, today);
    }

    public boolean overdue(DeliverableLine line) {
        return line != null && line.isOverdueOn(today);
    }
}
