package fr.pilotis.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Reading a référentiel workbook: what comes back, and every way a file is refused. */
class ReferentialWorkbookReaderTests {

    @Test
    void theDefaultReferentialWrittenOutReadsBackIdentical() {
        ReferentialContent content = TestWorkbooks.defaultContent();

        ReferentialContent read = ReferentialWorkbookReader.read(TestWorkbooks.defaultWorkbook());

        assertThat(read).isEqualTo(content);
        assertThat(read.criteria()).hasSize(49);
    }

    @Test
    void textsThatLookLikeFormulasAreWrittenAsTextsAndReadBackAsTexts() throws IOException {
        ReferentialContent content = TestWorkbooks.defaultContent();
        ReferentialContent.CriterionContent first = content.criteria().get(0);
        ReferentialContent.CriterionContent tricky = new ReferentialContent.CriterionContent(
                first.code(),
                first.themeCode(),
                first.level(),
                "=HYPERLINK(\"http://exemple.invalid\",\"clic\")",
                "+33 4 91 00 00 00",
                "-moins",
                "@arobase",
                first.legalReferences(),
                "Ligne 1\nLigne 2",
                first.keyDeliverable());
        List<ReferentialContent.CriterionContent> criteria = new java.util.ArrayList<>(content.criteria());
        criteria.set(0, tricky);
        ReferentialContent changed =
                new ReferentialContent(content.name(), content.description(), content.themes(), criteria);

        byte[] bytes = TestWorkbooks.writer().write(changed, Locale.FRENCH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var cell = workbook.getSheet("Critères").getRow(1).getCell(3);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
        }
        assertThat(ReferentialWorkbookReader.read(bytes)).isEqualTo(changed);
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrderAndNumbersAreReadAsText() {
        byte[] bytes = workbook(
                new String[][] {{"Nom", "Mon référentiel"}},
                new String[][] {{"niveau 2", "CODE", "Intitule", "Niveau 1"}, {"N2", "4.1", "Accueil", "N1"}},
                new Object[][] {
                    {"Intitulé", "Explication", "Thème", "Code", "Niveau", "Colonne en plus"},
                    {"Accueillir", "Pourquoi", 4.1, 7, 1.0, "ignorée"}
                });

        ReferentialContent read = ReferentialWorkbookReader.read(bytes);

        assertThat(read.name()).isEqualTo("Mon référentiel");
        assertThat(read.themes()).containsExactly(new ReferentialContent.ThemeContent("4.1", "Accueil", "N1", "N2"));
        assertThat(read.criteria())
                .containsExactly(new ReferentialContent.CriterionContent(
                        "7", "4.1", 1, "Accueillir", "Pourquoi", null, null, null, null, null));
    }

    @Test
    void everyErrorIsListedWithItsSheetRowAndColumn() {
        byte[] bytes = TestWorkbooks.edited(workbook -> {
            workbook.getSheet("Référentiel").getRow(0).getCell(1).setBlank();
            workbook.getSheet("Thèmes").getRow(2).getCell(3).setBlank(); // theme 4.2, Niveau 2
            Sheet criteria = workbook.getSheet("Critères");
            criteria.getRow(2).getCell(3).setBlank(); // Intitulé
            criteria.getRow(4)
                    .getCell(0)
                    .setCellValue(criteria.getRow(1).getCell(0).getStringCellValue()); // dup
            criteria.getRow(6).getCell(1).setCellValue("9.9"); // unknown theme
            criteria.getRow(8).getCell(2).setCellValue(3); // level 3
            criteria.getRow(9).getCell(2).setCellValue("deux"); // level not a number
            criteria.getRow(10).getCell(2).setBlank(); // level missing
            criteria.getRow(11).getCell(4).setCellValue("x".repeat(20_001)); // explanation too long
            criteria.getRow(12).getCell(5).setCellFormula("1+1"); // formula in Exemples
            criteria.getRow(13).getCell(6).setCellErrorValue(FormulaError.NA.getCode()); // #N/A
            criteria.getRow(14).getCell(9).setCellValue("L".repeat(201)); // deliverable too long
        });

        WorkbookRefusedException refused = refusal(bytes);

        assertThat(refused.problems())
                .extracting(
                        WorkbookProblem::sheet,
                        WorkbookProblem::row,
                        WorkbookProblem::column,
                        WorkbookProblem::messageKey)
                .containsExactly(
                        tuple("Référentiel", 1, "B", "validation.required"),
                        tuple("Thèmes", 3, "D", "validation.required"),
                        tuple("Critères", 3, "D", "validation.required"),
                        tuple("Critères", 5, "A", "referential.code.duplicate"),
                        tuple("Critères", 7, "B", "referential.theme.unknown"),
                        tuple("Critères", 9, "C", "referential.level.invalid"),
                        tuple("Critères", 10, "C", "referential.level.invalid"),
                        tuple("Critères", 11, "C", "validation.required"),
                        tuple("Critères", 12, "E", "validation.tooLong"),
                        tuple("Critères", 13, "F", "referential.file.formula"),
                        tuple("Critères", 14, "G", "referential.file.errorValue"),
                        tuple("Critères", 15, "J", "validation.tooLong"));
        assertThat(refused.problems().get(4).arguments()).containsExactly("9.9");
        assertThat(refused.problems().get(8).arguments()).containsExactly(20_000);
        assertThat(refused.problems().get(10).arguments()).containsExactly("#N/A");
        assertThat(refused.problems().get(2).columnLabel()).isEqualTo("D (Intitulé)");
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayThoseOfExcel() {
        byte[] bytes = TestWorkbooks.edited(workbook -> {
            Sheet criteria = workbook.getSheet("Critères");
            criteria.shiftRows(10, criteria.getLastRowNum(), 3); // three empty rows in the middle
            criteria.getRow(20).getCell(1).setCellValue("9.9");
        });

        assertThat(refusal(bytes).problems())
                .extracting(WorkbookProblem::sheet, WorkbookProblem::row, WorkbookProblem::column)
                .containsExactly(tuple("Critères", 21, "B"));
    }

    @Test
    void aMissingSheetOrColumnIsSaidAlone() {
        byte[] bytes = TestWorkbooks.edited(workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("Thèmes"));
            workbook.getSheet("Critères").getRow(0).getCell(2).setCellValue("Niv.");
        });

        assertThat(refusal(bytes).problems())
                .extracting(WorkbookProblem::sheet, WorkbookProblem::row, WorkbookProblem::messageKey)
                .containsExactly(
                        tuple("Thèmes", null, "referential.file.sheetMissing"),
                        tuple("Critères", 1, "referential.file.columnMissing"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(fileProblem(new byte[0])).isEqualTo("referential.file.empty");
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        assertThat(fileProblem(new byte[ReferentialWorkbookReader.MAX_BYTES + 1]))
                .isEqualTo("referential.file.tooLarge");
    }

    @Test
    void aTextFileNamedXlsxIsRefusedByItsContent() {
        assertThat(fileProblem("Code;Intitulé\n4.1.1;Accueil\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("referential.file.notXlsx");
    }

    @Test
    void anOldXlsFileIsRefusedWithAHint() throws IOException {
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Critères");
            workbook.write(out);
            assertThat(fileProblem(out.toByteArray())).isEqualTo("referential.file.oldFormat");
        }
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Référentiel");
            document.write(out);
            assertThat(fileProblem(out.toByteArray())).isEqualTo("referential.file.notXlsx");
        }
    }

    @Test
    void aZipThatIsNoOfficeFileIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("bonjour".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(fileProblem(bytes.toByteArray())).isEqualTo("referential.file.notXlsx");
    }

    @Test
    void aTruncatedOrScrambledZipIsCorrupt() {
        byte[] workbook = TestWorkbooks.defaultWorkbook();
        assertThat(fileProblem(Arrays.copyOf(workbook, workbook.length / 2))).isEqualTo("referential.file.corrupt");

        byte[] scrambled = workbook.clone();
        for (int i = 200; i < scrambled.length - 200; i += 7) {
            scrambled[i] = (byte) (scrambled[i] ^ 0x5a);
        }
        assertThat(fileProblem(scrambled)).isEqualTo("referential.file.corrupt");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] bomb = TestWorkbooks.zipBomb(40_000_000);
        assertThat(bomb.length).isLessThan(400_000); // more than 100:1

        assertThat(fileProblem(bomb)).isEqualTo("referential.file.zipBomb");
    }

    @Test
    void aSmallerBombIsCaughtByTheRatioAndPoiItselfRefusesItToo() {
        byte[] bomb = TestWorkbooks.zipBomb(5_000_000);
        assertThat(bomb.length * 100L).isLessThan(5_000_000);

        assertThat(fileProblem(bomb)).isEqualTo("referential.file.zipBomb");
        // behind our check, POI's ZipSecureFile (default minimum inflate ratio 1/100) says the same
        Throwable poi = org.assertj.core.api.Assertions.catchThrowable(
                () -> new XSSFWorkbook(new ByteArrayInputStream(bomb)).close());
        assertThat(poi).isNotNull();
        assertThat(ReferentialWorkbookReader.classify(poi)).isEqualTo("referential.file.zipBomb");
    }

    @Test
    void aSheetDeclaringAnExternalEntityIsRefused() {
        byte[] bytes = TestWorkbooks.withPart(
                TestWorkbooks.SHEET_PART, TestWorkbooks.externalEntitySheet().getBytes(StandardCharsets.UTF_8));

        assertThat(fileProblem(bytes)).isEqualTo("referential.file.externalEntities");
    }

    @Test
    void anExternalEntityHiddenInUtf16IsRefusedByPoi() {
        String sheet = TestWorkbooks.externalEntitySheet().replace("UTF-8", "UTF-16");
        byte[] bytes = TestWorkbooks.withPart(TestWorkbooks.SHEET_PART, sheet.getBytes(StandardCharsets.UTF_16));

        assertThat(fileProblem(bytes)).isEqualTo("referential.file.externalEntities");
    }

    private static WorkbookRefusedException refusal(byte[] bytes) {
        WorkbookRefusedException refused =
                catchThrowableOfType(WorkbookRefusedException.class, () -> ReferentialWorkbookReader.read(bytes));
        assertThat(refused).as("the workbook is refused").isNotNull();
        return refused;
    }

    private static String fileProblem(byte[] bytes) {
        WorkbookRefusedException refused = refusal(bytes);
        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.concernsWholeFile()).isTrue());
        return refused.problems().get(0).messageKey();
    }

    /** A small workbook from rows of values (Strings and numbers), one array of rows per sheet. */
    private static byte[] workbook(Object[][] referential, Object[][] themes, Object[][] criteria) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Référentiel"), referential);
            fill(workbook.createSheet("Thèmes"), themes);
            fill(workbook.createSheet("Critères"), criteria);
            workbook.createSheet("Notes");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
    }

    @Test
    void refusesWithoutReadingWhenTheFileIsNotOneAtAll() {
        assertThatThrownBy(() -> ReferentialWorkbookReader.read(new byte[] {'P', 'K'}))
                .isInstanceOf(WorkbookRefusedException.class);
    }
}
