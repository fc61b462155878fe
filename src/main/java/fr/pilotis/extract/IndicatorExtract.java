package fr.pilotis.extract;

import fr.pilotis.indicator.Aggregate;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.excel.SafeCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an indicator extract into a temporary file: the structures are read a page at a time and
 * their figures in bulk per page ({@link Indicators#figures}, the same computation as the
 * dashboards), the XLSX rows are streamed by SXSSF (only a window of rows in memory), and the
 * file is complete before a byte goes to the client, so a failure never leaves a partial download.
 * Per aggregate only the values (primitive doubles) are kept for the quartiles.
 */
@Service
class IndicatorExtract {

    static final int PAGE = 2_000;
    private static final int IDENTITY_COLUMNS = 5;

    private final Indicators indicators;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    IndicatorExtract(Indicators indicators, OrganisationDirectory directory, MessageSource messages) {
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
    }

    /** The extract for a scope the caller may read and a year with data; the caller deletes the file. */
    @Transactional(readOnly = true)
    Path write(StructureScope scope, int year, ExtractFormat format, Locale locale) throws IOException {
        Path file = Files.createTempFile("pilotis-extract-", "." + format.extension);
        try {
            List<IndicatorDefinition> definitions = indicators.perStructureDefinitions();
            if (format == ExtractFormat.XLSX) {
                writeXlsx(scope, year, definitions, locale, file);
            } else {
                writeCsv(scope, year, definitions, locale, file);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private void writeXlsx(
            StructureScope scope, int year, List<IndicatorDefinition> definitions, Locale locale, Path file)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            SafeCells cells = new SafeCells(workbook);
            SXSSFSheet structures = workbook.createSheet(message("extract.sheet.structures", locale));
            Row header = structures.createRow(0);
            List<String> headers = headers(definitions, locale);
            for (int i = 0; i < headers.size(); i++) {
                cells.header(header, i, headers.get(i));
            }
            structures.createFreezePane(2, 1);
            Map<String, Group> departements = new TreeMap<>();
            Map<String, Group> unions = new TreeMap<>();
            int[] rowIndex = {1};
            forEachStructure(scope, year, definitions, (structure, figures) -> {
                Row row = structures.createRow(rowIndex[0]++);
                cells.text(row, 0, structure.finess());
                cells.text(row, 1, structure.name());
                cells.text(row, 2, structure.type().name());
                cells.text(row, 3, structure.departement());
                cells.text(row, 4, structure.territorialUnionName());
                for (int i = 0; i < definitions.size(); i++) {
                    IndicatorDefinition definition = definitions.get(i);
                    StructureFigure figure = figures.get(definition.code());
                    Double value = figure == null ? null : figure.value(definition);
                    number(cells, row, IDENTITY_COLUMNS + i, definition.unit(), value);
                }
                departements
                        .computeIfAbsent(structure.departement(), d -> new Group(d, definitions))
                        .add(figures, definitions);
                unions.computeIfAbsent(
                                structure.territorialUnionName() + "\u0000" + structure.territorialUnionId(),
                                k -> new Group(structure.territorialUnionName(), definitions))
                        .add(figures, definitions);
            });
            aggregateSheet(
                    workbook,
                    cells,
                    "extract.sheet.departements",
                    "extract.column.departement",
                    departements,
                    definitions,
                    locale);
            aggregateSheet(
                    workbook, cells, "extract.sheet.unions", "extract.column.union", unions, definitions, locale);
            definitionsSheet(workbook, cells, locale);
            workbook.write(out);
        }
    }

    private void aggregateSheet(
            SXSSFWorkbook workbook,
            SafeCells cells,
            String nameKey,
            String columnKey,
            Map<String, Group> groups,
            List<IndicatorDefinition> definitions,
            Locale locale) {
        Sheet sheet = workbook.createSheet(message(nameKey, locale));
        Row header = sheet.createRow(0);
        String[] labels = {
            message(columnKey, locale),
            message("extract.column.indicator", locale),
            message("extract.column.unit", locale),
            message("extract.column.structures", locale),
            message("extract.column.value", locale),
            message("extract.column.q1", locale),
            message("extract.column.median", locale),
            message("extract.column.q3", locale)
        };
        for (int i = 0; i < labels.length; i++) {
            cells.header(header, i, labels[i]);
        }
        int rowIndex = 1;
        for (Group group : groups.values()) {
            for (IndicatorDefinition definition : definitions) {
                Aggregate aggregate = group.aggregates.get(definition.code());
                Quartiles values = group.values.get(definition.code());
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, group.label);
                cells.text(row, 1, label(definition, locale));
                cells.text(row, 2, unit(definition, locale));
                cells.count(row, 3, (double) values.size());
                number(cells, row, 4, definition.unit(), aggregate.value());
                number(cells, row, 5, definition.unit(), values.at(0.25));
                number(cells, row, 6, definition.unit(), values.at(0.5));
                number(cells, row, 7, definition.unit(), values.at(0.75));
            }
        }
    }

    private void definitionsSheet(SXSSFWorkbook workbook, SafeCells cells, Locale locale) {
        Sheet sheet = workbook.createSheet(message("extract.sheet.definitions", locale));
        Row header = sheet.createRow(0);
        String[] labels = {
            message("extract.column.code", locale),
            message("extract.column.family", locale),
            message("extract.column.indicator", locale),
            message("extract.column.formula", locale),
            message("extract.column.unit", locale),
            message("extract.column.aggregation", locale),
            message("extract.column.types", locale),
            message("extract.column.source", locale)
        };
        for (int i = 0; i < labels.length; i++) {
            cells.header(header, i, labels[i]);
        }
        int rowIndex = 1;
        for (IndicatorDefinition definition : indicators.definitions()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, definition.code());
            cells.text(row, 1, message("indicator.family." + definition.family(), locale));
            cells.text(row, 2, label(definition, locale));
            cells.text(row, 3, definition.formula(messages, locale));
            cells.text(row, 4, unit(definition, locale));
            cells.text(row, 5, message("indicator.aggregation." + definition.aggregation(), locale));
            cells.text(
                    row,
                    6,
                    String.join(
                            ", ",
                            definition.structureTypes().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList()));
            cells.text(row, 7, definition.source(messages, locale));
        }
    }

    private void writeCsv(
            StructureScope scope, int year, List<IndicatorDefinition> definitions, Locale locale, Path file)
            throws IOException {
        DecimalFormat decimal = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            // the byte-order mark makes French Excel read UTF-8
            writer.write('\uFEFF');
            writer.write(String.join(
                    ";",
                    headers(definitions, locale).stream()
                            .map(SafeCells::csvField)
                            .toList()));
            writer.write("\r\n");
            forEachStructure(scope, year, definitions, (structure, figures) -> {
                List<String> fields = new ArrayList<>(List.of(
                        SafeCells.csvField(structure.finess()),
                        SafeCells.csvField(structure.name()),
                        structure.type().name(),
                        SafeCells.csvField(structure.departement()),
                        SafeCells.csvField(structure.territorialUnionName())));
                for (IndicatorDefinition definition : definitions) {
                    StructureFigure figure = figures.get(definition.code());
                    Double value = figure == null ? null : figure.value(definition);
                    fields.add(value == null ? "" : decimal.format(value));
                }
                try {
                    writer.write(String.join(";", fields));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    // FINESS, name, type, département, UT, then every per-structure indicator with its unit
    private List<String> headers(List<IndicatorDefinition> definitions, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(
                message("extract.column.finess", locale),
                message("extract.column.name", locale),
                message("extract.column.type", locale),
                message("extract.column.departement", locale),
                message("extract.column.union", locale)));
        definitions.forEach(d -> headers.add(messages.getMessage(
                "extract.column.withUnit", new Object[] {label(d, locale), unit(d, locale)}, locale)));
        return headers;
    }

    private void forEachStructure(
            StructureScope scope,
            int year,
            List<IndicatorDefinition> definitions,
            BiConsumer<StructureSummary, Map<String, StructureFigure>> row) {
        if (scope.isEmpty()) {
            return;
        }
        int page = 0;
        Page<StructureSummary> structures;
        do {
            structures = directory.searchStructures(scope, "", PageRequest.of(page++, PAGE, Sort.by("finess", "id")));
            Map<Long, Map<String, StructureFigure>> figures =
                    indicators.figures(year, structures.getContent(), definitions);
            for (StructureSummary structure : structures.getContent()) {
                row.accept(structure, figures.getOrDefault(structure.id(), Map.of()));
            }
        } while (structures.hasNext());
    }

    private static void number(SafeCells cells, Row row, int column, IndicatorUnit unit, Double value) {
        switch (unit) {
            case PERCENT -> cells.percent(row, column, value);
            case COUNT -> cells.count(row, column, value);
            case DAYS, DECIMAL -> cells.decimal(row, column, value, unit.fractionDigits());
        }
    }

    private String label(IndicatorDefinition definition, Locale locale) {
        return definition.label(messages, locale);
    }

    private String unit(IndicatorDefinition definition, Locale locale) {
        return definition.unitText(messages, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** One département's or UT's aggregates and its structures' values, indicator by indicator. */
    private static final class Group {
        final String label;
        final Map<String, Aggregate> aggregates = new LinkedHashMap<>();
        final Map<String, Quartiles> values = new HashMap<>();

        Group(String label, List<IndicatorDefinition> definitions) {
            this.label = label;
            for (IndicatorDefinition definition : definitions) {
                aggregates.put(definition.code(), new Aggregate(definition));
                values.put(definition.code(), new Quartiles());
            }
        }

        void add(Map<String, StructureFigure> figures, List<IndicatorDefinition> definitions) {
            for (IndicatorDefinition definition : definitions) {
                StructureFigure figure = figures.get(definition.code());
                if (figure != null) {
                    aggregates.get(definition.code()).add(figure);
                    Double value = figure.value(definition);
                    if (value != null) {
                        values.get(definition.code()).add(value);
                    }
                }
            }
        }
    }
}
