package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The XLSX exports, downloaded as their readers would and opened again: cells, number types, text kept as text. */
@PilotisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportWorkbooksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    @Autowired
    ReferentialVersions referentialVersions;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    ResultsTestNetwork n;
    final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeAll
    void aNetworkWithKnownAnswers() {
        n = ResultsTestNetwork.build(networks, organisation, people, referentialVersions, campaigns, diagnostics);
    }

    @Test
    void theDiagnosticExportHoldsTheRatesAndEveryCriterionWithTheExpertsReview() throws Exception {
        try (XSSFWorkbook workbook = download(n.referentA, "/diagnostics/" + n.diagnosticA + "/export.xlsx")) {
            Sheet summary = workbook.getSheet("Synthèse");
            Row module = rowStartingWith(summary, "Module");
            assertThat(module.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(module.getCell(1).getNumericCellValue()).isCloseTo(47 / 48.0, within(1e-9));
            assertThat(module.getCell(1).getCellStyle().getDataFormatString()).contains("%");
            assertThat(module.getCell(2).getNumericCellValue()).isEqualTo(1); // one partial declared
            assertThat(module.getCell(3).getNumericCellValue()).isCloseTo(46 / 48.0, within(1e-9));
            assertThat(module.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(module.getCell(5).getNumericCellValue()).isCloseTo(100.0 / 48, within(1e-9));
            assertThat(rowStartingWith(summary, "Tous les critères de niveau 1 satisfaits")
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo("Non");

            Sheet criteria = workbook.getSheet("Critères");
            assertThat(criteria.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(criteria.getLastRowNum()).isEqualTo(n.criteria.size());
            Row first = criteria.getRow(1);
            assertThat(first.getCell(0).getStringCellValue())
                    .isEqualTo(n.criteria.get(0).code());
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Non applicable");
            assertText(first.getCell(5), "@Pas d'accueil physique");
            Row third = criteria.getRow(3);
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("Conforme");
            assertThat(third.getCell(7).getStringCellValue()).isEqualTo("Partiellement conforme");
            assertText(third.getCell(8), "=1+1");
            assertText(criteria.getRow(4).getCell(6), "-2+3 procédure");
            assertText(criteria.getRow(5).getCell(6), "+33 4 91 00 00 00");
        }
    }

    @Test
    void theDiagnosticExportIsAnAttachmentForWhoeverReadsTheDiagnosticButFunders() throws Exception {
        MvcResult started = mvc.perform(
                        get("/diagnostics/" + n.diagnosticA + "/export.xlsx").cookie(session(n.expert1)))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith(ExportController.XLSX.toString())))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("diagnostic-130000001-")));
        download(n.pilot1, "/diagnostics/" + n.diagnosticA + "/export.xlsx").close();
        download(n.admin, "/diagnostics/" + n.diagnosticB + "/export.xlsx").close();

        notFound(n.funder13, "/diagnostics/" + n.diagnosticA + "/export.xlsx");
        notFound(n.referentC, "/diagnostics/" + n.diagnosticA + "/export.xlsx");
        notFound(n.expert2, "/diagnostics/" + n.diagnosticA + "/export.xlsx");
        notFound(n.pilot2, "/diagnostics/" + n.diagnosticA + "/export.xlsx");
        mvc.perform(get("/diagnostics/" + n.diagnosticA + "/export.xlsx")
                        .cookie(SignIn.as(mvc, DemoAccounts.OTHER_ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theUnionExportHasARowPerStructureAndTheAverage() throws Exception {
        try (XSSFWorkbook workbook = download(n.pilot1, "/uts/" + n.union1 + "/results.xlsx?year=" + n.year)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row a = rowStartingWith(sheet, "SSIAD Alpha " + n.suffix);
            Row b = rowStartingWith(sheet, "=SAAD Beta " + n.suffix); // a name that looks like a formula stays text
            Row average = rowStartingWith(sheet, "Moyenne");
            int module = a.getLastCellNum() - 1;
            assertThat(a.getCell(module).getNumericCellValue())
                    .isCloseTo(ResultsTestNetwork.A_DECLARED / 100, within(1e-9));
            assertThat(a.getCell(module).getCellStyle().getDataFormatString()).contains("%");
            assertThat(b.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(b.getCell(module).getNumericCellValue())
                    .isCloseTo(ResultsTestNetwork.B_DECLARED / 100, within(1e-9));
            assertThat(average.getCell(module).getNumericCellValue())
                    .isCloseTo((ResultsTestNetwork.A_DECLARED + ResultsTestNetwork.B_DECLARED) / 200, within(1e-9));
            assertThat(rowStartingWith(sheet, "Structures n'ayant pas soumis")
                            .getCell(1)
                            .getNumericCellValue())
                    .isZero();
        }
        notFound(n.pilot2, "/uts/" + n.union1 + "/results.xlsx");
        notFound(n.referentA, "/uts/" + n.union1 + "/results.xlsx");
    }

    @Test
    void theNetworkExportHasARowPerUnionAndTheNetworkAverage() throws Exception {
        try (XSSFWorkbook workbook = download(n.admin, "/admin/results.xlsx?year=" + n.year + "&basis=VALIDATED")) {
            Sheet sheet = workbook.getSheetAt(0);
            Row union1 = rowStartingWith(sheet, n.union1Name);
            Row average = rowStartingWith(sheet, "Moyenne");
            int module = union1.getLastCellNum() - 1;
            assertThat(union1.getCell(1).getNumericCellValue()).isEqualTo(1); // A only is validated
            assertThat(union1.getCell(module).getNumericCellValue())
                    .isCloseTo(ResultsTestNetwork.A_VALIDATED / 100, within(1e-9));
            assertThat(average.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(average.getCell(module).getNumericCellValue())
                    .isCloseTo((ResultsTestNetwork.A_VALIDATED + ResultsTestNetwork.C_DECLARED) / 200, within(1e-9));
        }
        notFound(n.pilot1, "/admin/results.xlsx");
        notFound(n.funder13, "/admin/results.xlsx");
    }

    private XSSFWorkbook download(String email, String url) throws Exception {
        MvcResult started = mvc.perform(get(url).cookie(session(email)))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] bytes = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private void notFound(String email, String url) throws Exception {
        mvc.perform(get(url).cookie(session(email))).andExpect(status().isNotFound());
    }

    private Cookie session(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
