package fr.pilotis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.indicator.IndicatorWorld;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * The extracts and dashboards on {@link IndicatorWorld}'s hand-computed network, downloaded as each
 * role would and read back: the same figures as the dashboards, numbers as numbers, text kept as
 * text, nothing outside the caller's scope.
 */
@PilotisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractTests {

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
    }

    @Test
    void aFundersWorkbookHoldsItsDepartementsStructuresOnlyWithTheDashboardsFigures() throws Exception {
        try (XSSFWorkbook workbook = xlsx(world.funder(), "/extracts/indicators.xlsx?year=2025")) {
            assertThat(sheetNames(workbook)).containsExactly("Structures", "Départements", "UT", "Définitions");
            Sheet structures = workbook.getSheet("Structures");
            Row header = structures.getRow(0);
            assertThat(text(header.getCell(0))).isEqualTo("FINESS");
            int done = column(header, "% de structures ayant réalisé l'autodiagnostic (%)");
            int declared = column(header, "Taux de conformité déclaré (moyen) (%)");
            int key = column(header, "% de structures engagées conformes au critère clé 4.2.9 (Livret d'accueil) (%)");
            int deployment = column(header, "Structures engagées en phase de déploiement (nombre)");
            assertThat(structures.getLastRowNum()).isEqualTo(3);
            assertThat(finesses(structures)).containsExactlyInAnyOrder("130000001", "130000002", "840000003");

            Row a = rowOf(structures, "130000001");
            // a name that looks like a formula stays text
            assertThat(a.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(a.getCell(1).getStringCellValue()).isEqualTo("=SSIAD Alpha");
            assertThat(a.getCell(declared).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCell(declared).getNumericCellValue()).isCloseTo(0.75, within(1e-9));
            assertThat(a.getCell(declared).getCellStyle().getDataFormatString()).contains("%");
            assertThat(a.getCell(key).getNumericCellValue()).isEqualTo(1.0);
            assertThat(a.getCell(deployment).getNumericCellValue()).isEqualTo(1.0);
            Row c = rowOf(structures, "840000003");
            assertThat(c.getCell(done).getNumericCellValue()).isZero();
            // no diagnostic submitted: no rate, an empty cell rather than a zero
            assertThat(c.getCell(declared) == null || c.getCell(declared).getCellType() == CellType.BLANK)
                    .isTrue();

            Sheet departements = workbook.getSheet("Départements");
            Row d13 = aggregateRow(departements, "13", "Taux de conformité déclaré (moyen)");
            assertThat(d13.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(d13.getCell(4).getNumericCellValue()).isCloseTo(0.875, within(1e-9));
            assertThat(d13.getCell(5).getNumericCellValue()).isCloseTo(0.8125, within(1e-9));
            assertThat(d13.getCell(6).getNumericCellValue()).isCloseTo(0.875, within(1e-9));
            assertThat(d13.getCell(7).getNumericCellValue()).isCloseTo(0.9375, within(1e-9));

            // the UT sheet's value is the dashboard's value for the same scope (one computation)
            Sheet unions = workbook.getSheet("UT");
            Row u1 = aggregateRow(unions, "UT Une " + world.slug(), "% de structures ayant réalisé l'autodiagnostic");
            double dashboard = world.in(() -> indicators.values(
                            2025, new StructureScope(false, Set.of(), Set.of(), Set.of(), Set.of("13", "84"))))
                    .of("diagnostic.done")
                    .orElseThrow()
                    .value();
            assertThat(u1.getCell(4).getNumericCellValue() * 100).isCloseTo(dashboard, within(1e-9));
            assertThat(dashboard).isCloseTo(200.0 / 3, within(1e-9));

            Sheet definitions = workbook.getSheet("Définitions");
            assertThat(everyText(definitions)).anyMatch(t -> t.startsWith("Structures dont l'autodiagnostic"));

            assertThat(everyText(workbook)).noneMatch(t -> t.contains("830000004") || t.contains("Delta"));
        }
        String page = page(world.funder(), "/indicators/departements");
        assertThat(page).contains("66,7").doesNotContain("Delta");
    }

    @Test
    void aPilotsCsvIsForFrenchExcelAndFormulaSafe() throws Exception {
        byte[] bytes = download(world.pilot(), "/extracts/indicators.csv?year=2025");
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        List<String> lines =
                List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("FINESS;Nom;Type;Département;UT;");
        String a = lines.stream()
                .filter(l -> l.startsWith("130000001"))
                .findFirst()
                .orElseThrow();
        assertThat(a).startsWith("130000001;'=SSIAD Alpha;SSIAD;13;UT Une " + world.slug() + ";");
        List<String> header = List.of(lines.get(0).split(";", -1));
        List<String> fields = List.of(a.split(";", -1));
        assertThat(fields.get(header.indexOf("Taux de conformité déclaré (moyen) (%)")))
                .isEqualTo("75");
        assertThat(lines).noneMatch(l -> l.contains("830000004"));
    }

    @Test
    void theNetworkAdminsExtractHoldsEveryStructure() throws Exception {
        try (XSSFWorkbook workbook = xlsx(world.admin(), "/extracts/indicators.xlsx?year=2025")) {
            assertThat(finesses(workbook.getSheet("Structures")))
                    .containsExactlyInAnyOrder("130000001", "130000002", "840000003", "830000004");
        }
    }

    @Test
    void aYearWithoutDataSaysSoInsteadOfAFileOfZeros() throws Exception {
        MvcResult result = mvc.perform(
                        get("/extracts/indicators.xlsx?year=2024").cookie(session(world.admin())))
                .andExpect(status().is(422))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(result.getResponse().getContentAsString()).contains("Aucune donnée pour l&#39;année 2024");
        mvc.perform(get("/extracts/indicators.csv?year=abc").cookie(session(world.admin())))
                .andExpect(status().is(422));
    }

    @Test
    void onlyAdminsPilotsAndFundersExtract() throws Exception {
        for (String url :
                List.of("/extracts", "/extracts/indicators.xlsx?year=2025", "/extracts/indicators.csv?year=2025")) {
            mvc.perform(get(url).cookie(session(world.expert()))).andExpect(status().isNotFound());
        }
        assertThat(page(world.pilot(), "/extracts")).contains("2025");
    }

    @Test
    void inTheDemoNetworkADepartementsFunderReadsItsDepartementOnlyAndReferentsNothing() throws Exception {
        int year = jdbc.queryForObject(
                "select max(year) - 1 from campaign where network_id = ?", Integer.class, DemoNetworks.mainId(jdbc));
        List<String> expected = jdbc.queryForList(
                "select finess from structure where network_id = ? and departement = '13'",
                String.class,
                DemoNetworks.mainId(jdbc));
        assertThat(expected).isNotEmpty();
        try (XSSFWorkbook workbook = xlsx(DemoAccounts.DEPARTEMENT_FUNDER, "/extracts/indicators.xlsx?year=" + year)) {
            assertThat(finesses(workbook.getSheet("Structures"))).containsExactlyInAnyOrderElementsOf(expected);
            // first column: the département of each aggregate row
            assertThat(finesses(workbook.getSheet("Départements"))).containsOnly("13");
        }
        for (String email : List.of(DemoAccounts.REFERENT, DemoAccounts.DIRECTOR, DemoAccounts.EXPERT)) {
            mvc.perform(get("/extracts/indicators.csv?year=" + year).cookie(session(email)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/indicators/departements").cookie(session(email))).andExpect(status().isNotFound());
        }
    }

    @Test
    void dashboardsFollowTheirScopes() throws Exception {
        assertThat(page(world.pilot(), "/indicators/uts/" + world.u1()))
                .contains("66,7")
                .contains("data-chart-data");
        mvc.perform(get("/indicators/uts/" + world.u2()).cookie(session(world.pilot())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/indicators/network").cookie(session(world.pilot()))).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/departements").cookie(session(world.pilot())))
                .andExpect(status().isNotFound());
        assertThat(page(world.admin(), "/indicators/network")).contains("75,0");
        assertThat(page(world.expert(), "/indicators/definitions"))
                .contains("4.2.9")
                .contains("Livret d");
    }

    private String page(String email, String url) throws Exception {
        return mvc.perform(get(url).cookie(session(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
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

    private XSSFWorkbook xlsx(String email, String url) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(download(email, url)));
    }

    private Cookie session(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static int column(Row header, String label) {
        for (Cell cell : header) {
            if (label.equals(text(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static List<String> finesses(Sheet sheet) {
        List<String> finesses = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                finesses.add(row.getCell(0).getStringCellValue());
            }
        }
        return finesses;
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
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
    }

    private static List<String> everyText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> texts.addAll(everyText(sheet)));
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }
}
