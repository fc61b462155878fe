package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.actionplan.ActionPlanWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The collective plan's workbook: written, read back with POI, imported again; refusals with row and column. */
@fr.pilotis.support.PilotisTest
class ActionPlanWorkbookTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    @Autowired
    ActionPlanImport imports;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    Actor expert;
    int year;

    @BeforeEach
    void world() {
        world = new ActionPlanWorld(context).create();
        expert = new Actor(world.expert1Id(), "Expert1 Test");
        year = LocalDate.now().getYear();
        List<CriterionView> criteria = new ActionPlanWorld(context).criteria(world);
        CriterionView booklet = criteria.stream()
                .filter(c -> c.code().equals("4.2.9"))
                .findFirst()
                .orElseThrow();
        CriterionView contract = criteria.stream()
                .filter(c -> c.code().equals("4.3.2"))
                .findFirst()
                .orElseThrow();
        world.run(() -> {
            plans.createCollective(
                    world.group1(),
                    new ActionDraft(
                            "=SOMME(A1:A9)",
                            "+33 : une description qui commence par un signe",
                            Set.of(),
                            Set.of(booklet.id()),
                            world.expert1Id(),
                            null,
                            LocalDate.of(year, 1, 15),
                            LocalDate.of(year, 6, 30),
                            ActionPriority.HIGH,
                            ActionStatus.IN_PROGRESS,
                            40),
                    expert);
            plans.createCollective(
                    world.group1(),
                    new ActionDraft(
                            "Modèle commun de contrat",
                            "-@ texte",
                            Set.of(),
                            Set.of(contract.id()),
                            null,
                            world.structureB(),
                            null,
                            LocalDate.of(year, 9, 30),
                            ActionPriority.LOW,
                            ActionStatus.DONE,
                            100),
                    expert);
            plans.createCollective(
                    world.group1(),
                    new ActionDraft(
                            "Action abandonnée",
                            null,
                            Set.of(),
                            Set.of(),
                            null,
                            null,
                            null,
                            LocalDate.of(year, 3, 31),
                            ActionPriority.MEDIUM,
                            ActionStatus.ABANDONED,
                            0),
                    expert);
        });
    }

    private byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ActionView> actions = world.in(() -> plans.ofGroup(world.group1()));
        PlanChoices choices = world.in(() -> plans.choicesForGroup(world.group1()));
        ActionPlanWorkbook.write(List.of(new ActionPlanWorkbook.GroupPlan("Groupe 1", actions)), choices.themes(), out);
        return out.toByteArray();
    }

    private long count() {
        return jdbc.queryForObject(
                "select count(*) from action_item where network_id = ?", Long.class, world.network());
    }

    @Test
    void exportWritesOneRowPerActionWithTextsAsTextAndASummaryPerTheme() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            Sheet plan = workbook.getSheetAt(1);
            assertThat(plan.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Action");
            assertThat(plan.getLastRowNum()).isEqualTo(3);
            // rows in due-date order: the abandoned action (March), then June, then September
            Row first = plan.getRow(2);
            // a title that looks like a formula stays a text cell
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=SOMME(A1:A9)");
            assertThat(first.getCell(2).getStringCellValue()).startsWith("+33");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("4.2.9");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("4.2");
            assertThat(first.getCell(5).getStringCellValue()).endsWith(".fr");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("haute");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("en cours");
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(40.0);
            assertThat(plan.getRow(3).getCell(5).getStringCellValue()).isEqualTo("130000002");
            for (Row row : plan) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            // summary: « Tous thèmes » of group 1 = 1 done of 2 counted (one abandoned) = 50 %
            Sheet summary = workbook.getSheetAt(0);
            Row all = null;
            Row contracting = null;
            for (Row row : summary) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("Tous thèmes")) {
                    all = row;
                }
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().startsWith("4.3 ")) {
                    contracting = row;
                }
            }
            assertThat(all).isNotNull();
            assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(all.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(all.getCell(6).getNumericCellValue()).isEqualTo(0.5);
            assertThat(contracting.getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void exportThenImportLeavesThePlanUnchanged() throws IOException {
        List<ActionView> before = world.in(() -> plans.ofGroup(world.group1()));
        ActionPlanImport.Result result = world.in(() -> {
            try {
                return imports.importInto(world.group1(), export(), expert);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(result).isEqualTo(new ActionPlanImport.Result(0, 3));
        List<ActionView> after = world.in(() -> plans.ofGroup(world.group1()));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aReimportUpdatesRecognisedActionsAndAddsNewRows() throws IOException {
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
            Sheet plan = workbook.getSheetAt(1);
            plan.getRow(2).getCell(9).setCellValue("Fait");
            Row added = plan.createRow(4);
            added.createCell(1).setCellValue("Nouvelle action importée");
            added.createCell(7).setCellValue("31/12/" + year);
            added.createCell(8).setCellValue("Basse");
            added.createCell(9).setCellValue("à faire");
            edited = bytes(workbook);
        }
        ActionPlanImport.Result result = world.in(() -> imports.importInto(world.group1(), edited, expert));
        assertThat(result).isEqualTo(new ActionPlanImport.Result(1, 3));
        List<ActionView> after = world.in(() -> plans.ofGroup(world.group1()));
        assertThat(after).hasSize(4);
        assertThat(after.stream()
                        .filter(a -> a.title().equals("=SOMME(A1:A9)"))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ActionStatus.DONE);
        ActionView imported = after.stream()
                .filter(a -> a.title().equals("Nouvelle action importée"))
                .findFirst()
                .orElseThrow();
        assertThat(imported.dueOn()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(imported.priority()).isEqualTo(ActionPriority.LOW);
    }

    @Test
    void everyErrorIsListedWithItsRowAndColumnAndNothingIsImported() throws IOException {
        List<ActionView> before = world.in(() -> plans.ofGroup(world.group1()));
        long countBefore = count();
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
            Sheet plan = workbook.getSheetAt(1);
            plan.getRow(1).getCell(9).setCellValue("peut-être"); // J2: bad status
            plan.getRow(2).getCell(6).setCellValue("31/12/" + (year + 1)); // G3: starts after its due date
            plan.getRow(3).getCell(1).setCellFormula("1+1"); // B4: a formula
            Row added = plan.createRow(4);
            added.createCell(1).setCellValue("Valide en soi"); // a good new row: not imported either
            added.createCell(7).setCellValue("31/12/" + year);
            Row bad = plan.createRow(5);
            bad.createCell(0).setCellValue("999999999"); // A6: unknown reference
            bad.createCell(1).setCellValue("Action");
            bad.createCell(5).setCellValue("inconnu@ailleurs.fr"); // F6: owner outside the group
            bad.createCell(7).setCellValue("pas une date"); // H6
            bad.createCell(10).setCellValue(150); // K6
            edited = bytes(workbook);
        }
        assertThatThrownBy(() -> world.in(() -> imports.importInto(world.group1(), edited, expert)))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(p -> p.row() + " " + p.columnLabel() + " " + p.messageKey())
                                .contains(
                                        "2 J (Statut) actionplan.status.invalid",
                                        "3 H (Échéance) actionplan.datesOrder",
                                        "4 B (Action) actionplan.file.formula",
                                        "6 A (Référence) actionplan.file.unknownReference",
                                        "6 F (Responsable) actionplan.owner.outside",
                                        "6 H (Échéance) actionplan.file.date",
                                        "6 K (Avancement (%)) actionplan.progress.range"));
        assertThat(count()).isEqualTo(countBefore);
        assertThat(world.in(() -> plans.ofGroup(world.group1()))).isEqualTo(before);
    }

    @Test
    void filesThatAreNotSafeWorkbooksAreRefused() throws IOException {
        assertThat(refusal("Bonjour, ceci n'est pas un classeur".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("actionplan.file.notXlsx");
        assertThat(refusal(new byte[0])).isEqualTo("actionplan.file.empty");
        assertThat(refusal(zip(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types/>")))
                .isEqualTo("actionplan.file.externalEntities");
        assertThat(refusal(zip("[Content_Types].xml", "<Types>wordprocessingml.document.main+xml</Types>")))
                .isEqualTo("actionplan.file.notXlsx");
        // a small zip that inflates beyond the limit: a zip bomb
        assertThat(refusal(zip("xl/bomb.xml", "a".repeat(25 * 1024 * 1024)))).isEqualTo("actionplan.file.zipBomb");
        byte[] corrupt = export();
        corrupt = java.util.Arrays.copyOf(corrupt, corrupt.length / 2);
        assertThat(refusal(corrupt)).isEqualTo("actionplan.file.corrupt");
    }

    private String refusal(byte[] bytes) {
        try {
            world.in(() -> imports.importInto(world.group1(), bytes, expert));
        } catch (ImportRefusedException refused) {
            return refused.problems().get(0).messageKey();
        }
        throw new AssertionError("the file was imported");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
