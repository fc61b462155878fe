package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.actionplan.ActionPlanWorld.World;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What each role sees and may do on the plans' pages, in a network of their own. */
@PilotisTest
class ActionPlanPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    long actionA;
    long collective;

    @BeforeEach
    void world() {
        world = new ActionPlanWorld(context).create();
        Actor expert = new Actor(world.expert1Id(), "Expert1 Test");
        int year = LocalDate.now().getYear();
        actionA = world.in(() -> plans.createForStructure(
                world.structureA(),
                new ActionDraft(
                        "Rédiger le règlement de fonctionnement",
                        null,
                        Set.of(),
                        Set.of(),
                        world.referentAId(),
                        null,
                        null,
                        LocalDate.now().minusDays(3),
                        ActionPriority.HIGH,
                        ActionStatus.IN_PROGRESS,
                        30),
                expert));
        collective = world.in(() -> plans.createCollective(
                world.group1(),
                ActionDraft.of(
                        "Trame commune de livret d'accueil",
                        "Partager les livrets",
                        Set.of(),
                        LocalDate.of(year, 12, 31)),
                expert));
    }

    private String page(String email, String path, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(SignIn.as(mvc, email))).andReturn();
        assertThat(result.getResponse().getStatus()).as(email + " GET " + path).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private MvcResult send(String email, String path, String... parameters) throws Exception {
        var request = post(path).cookie(SignIn.as(mvc, email)).with(csrf());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private long count() {
        return jdbc.queryForObject(
                "select count(*) from action_item where network_id = ?", Long.class, world.network());
    }

    @Test
    void theReferentCarriesItsStructuresPlanAndReadsItsGroupsCollectivePlan() throws Exception {
        String plan = page(world.referentA(), "/structures/" + world.structureA() + "/actions", 200);
        assertThat(plan)
                .contains(
                        "Rédiger le règlement de fonctionnement",
                        "En retard",
                        "/structures/" + world.structureA() + "/actions/new");
        String group = page(world.referentA(), "/groups/" + world.group1() + "/actions", 200);
        assertThat(group)
                .contains("Trame commune de livret")
                .doesNotContain("/actions/new")
                .doesNotContain("/actions/import");
        assertThat(send(
                                world.referentA(),
                                "/groups/" + world.group1() + "/actions",
                                "title",
                                "x",
                                "dueOn",
                                "2030-01-01")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        // the referent of another structure, and a funder of its département, see nothing of it
        page(world.referentC(), "/structures/" + world.structureA() + "/actions", 404);
        page(world.referentC(), "/actions/" + actionA, 404);
        page(world.funder(), "/structures/" + world.structureA() + "/actions", 404);
        page(world.funder(), "/actions/" + actionA, 404);
        page(world.funder(), "/groups/" + world.group1() + "/actions", 404);
    }

    @Test
    void theDirectorAndThePilotReadButDoNotWrite() throws Exception {
        String plan = page(world.directorA(), "/structures/" + world.structureA() + "/actions", 200);
        assertThat(plan).contains("Rédiger le règlement").doesNotContain("/actions/new");
        assertThat(send(world.directorA(), "/actions/" + actionA + "/status", "status", "DONE")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String union = page(world.pilot(), "/uts/" + world.unionId() + "/actions", 200);
        assertThat(union).contains("SSIAD Alpha", "Groupe 1");
        page(world.pilot(), "/groups/" + world.group1() + "/actions", 200);
        assertThat(send(world.pilot(), "/groups/" + world.group1() + "/actions", "title", "x", "dueOn", "2030-01-01")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(world.in(() -> plans.find(actionA)).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void theExpertWritesTheCollectivePlanAndBadInputShowsMessagesWithNothingSaved() throws Exception {
        long before = count();
        MvcResult refused = send(
                world.expert1(),
                "/groups/" + world.group1() + "/actions",
                "title",
                "Action mal datée",
                "startsOn",
                "2030-06-01",
                "dueOn",
                "2030-01-01",
                "priority",
                "HIGH",
                "status",
                "TODO",
                "progress",
                "120",
                "owner",
                "P" + world.referentCId());
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("L&#39;échéance doit suivre la date de début.")
                .contains("L&#39;avancement est un nombre entier de 0 à 100.")
                .contains("Le responsable doit être une personne ou une structure du plan.");
        MvcResult badStatus = send(
                world.expert1(),
                "/groups/" + world.group1() + "/actions",
                "title",
                "Action",
                "dueOn",
                "2030-01-01",
                "priority",
                "HIGH",
                "status",
                "PEUT_ETRE");
        assertThat(badStatus.getResponse().getStatus()).isEqualTo(200);
        assertThat(badStatus.getResponse().getContentAsString()).contains("Valeur non valide.");
        assertThat(count()).isEqualTo(before);

        MvcResult created = send(
                world.expert1(),
                "/groups/" + world.group1() + "/actions",
                "title",
                "Procédure de remplacement",
                "dueOn",
                "2030-01-01",
                "priority",
                "MEDIUM",
                "status",
                "TODO",
                "owner",
                "S" + world.structureB());
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/actions/");
        assertThat(count()).isEqualTo(before + 1);
        // the expert of structure A's group also writes A's plan; not C's, outside its groups
        assertThat(page(world.expert1(), "/structures/" + world.structureA() + "/actions", 200))
                .contains("/actions/new");
        page(world.expert1(), "/structures/" + world.structureC() + "/actions", 404);
    }

    @Test
    void theBoardMovesAnActionAndCommentsAreKept() throws Exception {
        assertThat(page(world.referentA(), "/structures/" + world.structureA() + "/actions?view=board", 200))
                .contains("move-" + actionA);
        MvcResult moved = send(world.referentA(), "/actions/" + actionA + "/status", "status", "DONE", "view", "board");
        assertThat(moved.getResponse().getRedirectedUrl())
                .isEqualTo("/structures/" + world.structureA() + "/actions?view=board");
        assertThat(world.in(() -> plans.find(actionA)).status()).isEqualTo(ActionStatus.DONE);
        send(world.directorA(), "/actions/" + actionA + "/comments", "body", "Bravo à l'équipe.");
        assertThat(page(world.referentA(), "/actions/" + actionA, 200)).contains("Bravo à l&#39;équipe.");
    }

    @Test
    void thePilotExportsTheUnionsCollectivePlansOneSheetPerGroup() throws Exception {
        MvcResult started = mvc.perform(
                        get("/uts/" + world.unionId() + "/actions/export.xlsx").cookie(SignIn.as(mvc, world.pilot())))
                .andReturn();
        byte[] bytes =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Trame commune de livret d'accueil");
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isZero();
        }
    }

    @Test
    void evidenceFilesAreAddedByTheReferentAndNeverShownToFundersOrOtherStructures() throws Exception {
        MvcResult refused = mvc.perform(multipart("/actions/" + actionA + "/evidence")
                        .file(new MockMultipartFile(
                                "file", "outil.exe", "application/octet-stream", SampleFiles.executable()))
                        .cookie(SignIn.as(mvc, world.referentA()))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#evidence");
        assertThat(world.in(() -> context.getBean(ActionEvidenceFiles.class).ofAction(actionA)))
                .isEmpty();

        mvc.perform(multipart("/actions/" + actionA + "/evidence")
                        .file(new MockMultipartFile("file", "Règlement.pdf", "application/pdf", SampleFiles.pdf()))
                        .cookie(SignIn.as(mvc, world.referentA()))
                        .with(csrf()))
                .andReturn();
        ActionEvidenceView added = world.in(
                        () -> context.getBean(ActionEvidenceFiles.class).ofAction(actionA))
                .get(0);
        assertThat(page(world.directorA(), "/actions/" + actionA, 200)).contains("Règlement.pdf");
        MvcResult download = mvc.perform(
                        get("/action-evidence/" + added.id()).cookie(SignIn.as(mvc, world.directorA())))
                .andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        page(world.funder(), "/action-evidence/" + added.id(), 404);
        page(world.referentC(), "/action-evidence/" + added.id(), 404);
        // the director reads the plan but does not add files to it
        assertThat(mvc.perform(multipart("/actions/" + actionA + "/evidence")
                                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", SampleFiles.pdf()))
                                .cookie(SignIn.as(mvc, world.directorA()))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
