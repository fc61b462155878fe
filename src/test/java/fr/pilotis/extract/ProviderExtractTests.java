package fr.pilotis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.IndicatorWorld;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.indicator.ProviderWorld;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The planning, action-plan, deliverable, impact and ANAP columns of the extracts on
 * {@link ProviderWorld}'s network: every cell is the dashboard's value for that structure (one
 * computation), in its unit's format, and a funder's file holds figures and structure identity only.
 */
@PilotisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderExtractTests {

    private static final List<String> NEW_PREFIXES =
            List.of("planning.", "actionplan.", "deliverable.", "impact.", "anap.");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcTemplate jdbc;

    IndicatorWorld.World world;
    final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeAll
    void aNetworkWithKnownFigures() {
        world = new IndicatorWorld(context).create();
        world.in(() -> {
            ProviderWorld.seed(jdbc, world);
            return null;
        });
    }

    @Test
    void everyNewColumnOfTheStructuresSheetIsTheDashboardsValue() throws Exception {
        List<IndicatorDefinition> definitions = newDefinitions();
        assertThat(definitions).extracting(IndicatorDefinition::code).contains("anap.STAFFING_RATIO");
        try (XSSFWorkbook workbook = xlsx(world.admin())) {
            Sheet structures = workbook.getSheet("Structures");
            Row header = structures.getRow(0);
            assertThat(text(header.getCell(columnOf(header, "Taux d'encadrement (ETP/place)"))))
                    .isEqualTo("Taux d'encadrement (ETP/place)");
            assertThat(columnOf(header, "Durée moyenne d'accompagnement (jours)"))
                    .isPositive();
            int checked = 0;
            for (long id : List.of(world.a(), world.b(), world.c(), world.d())) {
                Row row = rowOf(structures, finess(id));
                Map<String, Double> dashboard = structureValues(id);
                for (IndicatorDefinition d : definitions) {
                    Cell cell = row.getCell(columnOf(header, d));
                    Double expected = dashboard.get(d.code());
                    if (expected == null) {
                        assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                                .as(d.code() + " of " + id)
                                .isTrue();
                        continue;
                    }
                    double read = cell.getNumericCellValue();
                    if (d.unit() == IndicatorUnit.PERCENT) {
                        read *= 100;
                    }
                    assertThat(read).as(d.code() + " of " + id).isCloseTo(expected, within(1e-9));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(30);
            Row a = rowOf(structures, finess(world.a()));
            assertThat(a.getCell(columnOf(header, "Taux d'encadrement (ETP/place)"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("0.00");
            assertThat(a.getCell(columnOf(header, "Durée moyenne d'accompagnement (jours)"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("0.0");

            // the UT sheet's value of an ANAP indicator is the median of its structures' values
            Row u1 = aggregateRow(
                    workbook.getSheet("UT"), "UT Une " + world.slug(), "Taux de réalisation de l'activité");
            assertThat(u1.getCell(4).getNumericCellValue()).isCloseTo(0.85, within(1e-9));
            assertThat(text(u1.getCell(2))).isEqualTo("%");
            assertThat(everyText(workbook.getSheet("Définitions")))
                    .contains(
                            "journées réalisées ÷ journées financées × 100",
                            "Médiane des valeurs des structures (restitution ANAP)");
        }
    }

    @Test
    void theCsvHoldsTheSameValues() throws Exception {
        byte[] bytes = download(world.admin(), "/extracts/indicators.csv?year=2025");
        List<String> lines =
                List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        List<String> header = List.of(lines.get(0).split(";", -1));
        DecimalFormat decimal = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        for (long id : List.of(world.a(), world.d())) {
            List<String> fields = List.of(lines.stream()
                    .filter(l -> l.startsWith(finess(id)))
                    .findFirst()
                    .orElseThrow()
                    .split(";", -1));
            Map<String, Double> dashboard = structureValues(id);
            for (IndicatorDefinition d : newDefinitions()) {
                String field = fields.get(header.indexOf(heading(d)));
                Double expected = dashboard.get(d.code());
                assertThat(field).as(d.code()).isEqualTo(expected == null ? "" : decimal.format(expected));
            }
        }
        String a = lines.stream()
                .filter(l -> l.startsWith(finess(world.a())))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(a.split(";", -1)).get(header.indexOf("Taux d'encadrement (ETP/place)")))
                .isEqualTo("0,25");
    }

    @Test
    void aFundersExtractHoldsFiguresAndStructureIdentityOnly() throws Exception {
        try (XSSFWorkbook workbook = xlsx(world.funder())) {
            Sheet structures = workbook.getSheet("Structures");
            for (Row row : structures) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= 5) {
                        assertThat(cell.getCellType()).isIn(CellType.NUMERIC, CellType.BLANK);
                    }
                }
                assertThat(text(row.getCell(0))).isIn("130000001", "130000002", "840000003");
            }
            List<String> texts = everyText(workbook);
            assertThat(texts)
                    .noneMatch(t -> t.contains("Retard de passage")
                            || t.contains("Excuses")
                            || t.contains("AB12")
                            || t.contains("Synthèse")
                            || t.contains("830000004")
                            || t.contains("Delta"));
        }
        String csv = new String(download(world.funder(), "/extracts/indicators.csv?year=2025"), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Retard de passage", "AB12", "Synthèse", "830000004");
    }

    @Test
    void theDashboardsAndTheDefinitionsPageShowEachUnit() throws Exception {
        String network = page(world.admin(), "/indicators/network");
        // medians over A, C and D: activity 90 %, length 120 days, staffing 0.25 FTE per place
        assertThat(network)
                .contains("90,0\u00a0%")
                .contains("120,0\u00a0jours")
                .contains("0,25\u00a0ETP/place")
                .contains("Taux de participation aux réunions collectives")
                .contains("66,7\u00a0%");
        String union = page(world.pilot(), "/indicators/uts/" + world.u1());
        assertThat(union).contains("85,0\u00a0%").contains("135,0\u00a0jours").contains("0,28\u00a0ETP/place");
        assertThat(page(world.funder(), "/indicators/departements")).contains("85,0\u00a0%");
        assertThat(page(world.expert(), "/indicators/definitions"))
                .contains("journées réalisées ÷ journées financées × 100")
                .contains("ETP/place")
                .contains("Médiane des valeurs des structures (restitution ANAP)")
                .contains("Livrables validés — critère 4.2.9");
    }

    private String page(String email, String url) throws Exception {
        return mvc.perform(get(url).cookie(session(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<IndicatorDefinition> newDefinitions() {
        return world.in(() -> indicators.perStructureDefinitions()).stream()
                .filter(d -> NEW_PREFIXES.stream().anyMatch(p -> d.code().startsWith(p)))
                .toList();
    }

    private Map<String, Double> structureValues(long id) {
        Map<String, Double> values = new HashMap<>();
        world.in(() -> indicators.values(2025, new StructureScope(false, Set.of(), Set.of(), Set.of(id), Set.of())))
                .values()
                .forEach(v -> values.put(v.definition().code(), v.structures() == 0 ? null : v.value()));
        return values;
    }

    private String finess(long id) {
        return jdbc.queryForObject("select finess from structure where id = ?", String.class, id);
    }

    private String heading(IndicatorDefinition d) {
        return world.in(() -> d.label(context, Locale.FRANCE) + " (" + d.unitText(context, Locale.FRANCE) + ")");
    }

    private int columnOf(Row header, IndicatorDefinition d) {
        return columnOf(header, heading(d));
    }

    private XSSFWorkbook xlsx(String email) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(download(email, "/extracts/indicators.xlsx?year=2025")));
    }

    private byte[] download(String email, String url) throws Exception {
        MvcResult started = mvc.perform(get(url).cookie(session(email)))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private Cookie session(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    private static int columnOf(Row header, String label) {
        for (Cell cell : header) {
            if (label.equals(text(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static Row rowOf(Sheet sheet, String finess) {
        for (Row row : sheet) {
            if (finess.equals(text(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + finess);
    }

    private static Row aggregateRow(Sheet sheet, String name, String indicator) {
        for (Row row : sheet) {
            if (name.equals(text(row.getCell(0))) && indicator.equals(text(row.getCell(1)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " / " + indicator);
    }

    private static List<String> everyText(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
    }

    private static List<String> everyText(XSSFWorkbook workbook) {
        List<String> texts = new java.util.ArrayList<>();
        workbook.forEach(sheet -> texts.addAll(everyText(sheet)));
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }
}
