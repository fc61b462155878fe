package fr.pilotis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.planning.PlanningWorld.World;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The planning and meeting pages as each role sees them, and bad input refused with nothing saved. */
@PilotisTest
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    long pastMeeting;

    @BeforeEach
    void createWorld() {
        world = new PlanningWorld(context).create();
        pastMeeting = world.in(() -> {
            long id = meetings.create(
                    world.group1(), PlanningWorld.meeting(LocalDate.now().minusDays(7), BigDecimal.ONE));
            meetings.recordAttendance(
                    id,
                    Map.of(
                            world.structureA(), new AttendanceInput(AttendanceStatus.PRESENT, "Mme Alpha-Présente"),
                            world.structureB(), new AttendanceInput(AttendanceStatus.PRESENT, "M. Bêta-Présent"),
                            world.structureD(), new AttendanceInput(AttendanceStatus.EXCUSED, null)),
                    Set.of(world.structureA(), world.structureB(), world.structureD()));
            return id;
        });
    }

    private ResultActions getAs(String email, String path) throws Exception {
        return mvc.perform(get(path).cookie(SignIn.as(mvc, email)));
    }

    private long count(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where network_id = ?", Long.class, world.network());
    }

    @Test
    void eachRoleSeesWhatItsScopeOpens() throws Exception {
        String group1 = "/groups/" + world.group1() + "/planning";
        getAs(world.pilot(), group1)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouter une étape")))
                .andExpect(content().string(containsString("Visites de l&#39;expert")));
        getAs(world.expert1(), group1)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouvelle réunion collective")))
                .andExpect(content().string(not(containsString("Ajouter une étape"))));
        getAs(world.referentA(), group1)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nouvelle réunion collective"))))
                .andExpect(content().string(not(containsString("Visites de l&#39;expert"))))
                .andExpect(content().string(not(containsString("SAAD Bêta"))));
        getAs(world.referentA(), "/groups/" + world.group2() + "/planning").andExpect(status().isNotFound());
        getAs(world.expert2(), group1).andExpect(status().isNotFound());
        getAs(world.expert2(), "/meetings/" + pastMeeting).andExpect(status().isNotFound());
        getAs(world.funder(), group1).andExpect(status().isNotFound());
        getAs(world.funder(), "/meetings/" + pastMeeting).andExpect(status().isNotFound());
        getAs(world.funder(), "/structures/" + world.structureA() + "/planning").andExpect(status().isNotFound());
        getAs(world.directorA(), "/structures/" + world.structureA() + "/planning")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mme Alpha-Présente")))
                .andExpect(content().string(containsString("100 %")));
        getAs(world.pilot(), "/uts/" + world.unionId() + "/planning")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SAP Delta")));
        getAs(world.referentA(), "/uts/" + world.unionId() + "/planning").andExpect(status().isNotFound());
        // a structure's people read their own line of the sheet, not the other structures'
        getAs(world.referentA(), "/meetings/" + pastMeeting)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mme Alpha-Présente")))
                .andExpect(content().string(not(containsString("M. Bêta-Présent"))));
        getAs(world.pilot(), "/meetings/" + pastMeeting).andExpect(content().string(containsString("M. Bêta-Présent")));
        // referents neither fill in the sheet nor write minutes; pilots do not write minutes
        getAs(world.referentA(), "/meetings/" + pastMeeting + "/attendance").andExpect(status().isNotFound());
        getAs(world.pilot(), "/meetings/" + pastMeeting + "/minutes").andExpect(status().isNotFound());
        getAs(world.expert1(), "/meetings/" + pastMeeting + "/sheet")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SAAD Bêta")));
    }

    @Test
    void minutesAreReadByMembersOnlyOncePublishedAndRenderedSafely() throws Exception {
        Cookie expert = SignIn.as(mvc, world.expert1());
        String text =
                "## Décisions\n\n**Livret d'accueil** à revoir <script>alert('x')</script> [piège](javascript:alert(1))";
        mvc.perform(post("/meetings/" + pastMeeting + "/minutes")
                        .cookie(expert)
                        .with(csrf())
                        .param("minutes", text)
                        .param("publish", "false"))
                .andExpect(status().is3xxRedirection());
        getAs(world.referentA(), "/meetings/" + pastMeeting)
                .andExpect(content().string(not(containsString("Livret d'accueil</strong>"))))
                .andExpect(content().string(containsString("pas encore publié")));
        mvc.perform(get("/meetings/" + pastMeeting).cookie(expert))
                .andExpect(content().string(containsString("Brouillon, non visible")));

        mvc.perform(post("/meetings/" + pastMeeting + "/minutes")
                        .cookie(expert)
                        .with(csrf())
                        .param("minutes", text)
                        .param("publish", "true"))
                .andExpect(status().is3xxRedirection());
        String page = getAs(world.referentA(), "/meetings/" + pastMeeting)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<strong>Livret d'accueil</strong>").contains("&lt;script&gt;");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript:");
    }

    @Test
    void decisionsAreReadAndLinkedThroughThePublicService() throws Exception {
        Cookie expert = SignIn.as(mvc, world.expert1());
        mvc.perform(post("/meetings/" + pastMeeting + "/decisions")
                        .cookie(expert)
                        .with(csrf())
                        .param("text", "Rédiger un livret d'accueil commun"))
                .andExpect(status().is3xxRedirection());
        long decisionId =
                jdbc.queryForObject("select id from meeting_decision where meeting_id = ?", Long.class, pastMeeting);
        DecisionView decision = world.in(() -> decisions.decision(decisionId));
        assertThat(decision.meetingId()).isEqualTo(pastMeeting);
        assertThat(decision.groupId()).isEqualTo(world.group1());
        assertThat(decision.text()).isEqualTo("Rédiger un livret d'accueil commun");
        assertThat(decision.actionId()).isNull();
        world.run(() -> decisions.linkAction(decisionId, 4242L));
        assertThat(world.in(() -> decisions.decision(decisionId)).actionId()).isEqualTo(4242L);
        // a decision that became an action stays
        mvc.perform(post("/meetings/decisions/" + decisionId + "/delete")
                        .cookie(expert)
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        assertThat(count("meeting_decision")).isEqualTo(1);
        // the pilot does not write decisions
        mvc.perform(post("/meetings/" + pastMeeting + "/decisions")
                        .cookie(SignIn.as(mvc, world.pilot()))
                        .with(csrf())
                        .param("text", "Autre"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badMeetingsAndStepsAreRefusedWithAMessageAndNothingSaved() throws Exception {
        long before = count("meeting");
        mvc.perform(post("/groups/" + world.group1() + "/meetings")
                        .cookie(SignIn.as(mvc, world.expert1()))
                        .with(csrf())
                        .param("heldOn", "2026-03-10")
                        .param("startsAt", "09:30")
                        .param("durationMinutes", "-30")
                        .param("place", "Salle")
                        .param("expertDays", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La durée doit être comprise entre 1 et 720 minutes.")));
        mvc.perform(post("/groups/" + world.group1() + "/meetings")
                        .cookie(SignIn.as(mvc, world.expert1()))
                        .with(csrf())
                        .param("heldOn", "pas une date")
                        .param("startsAt", "09:30")
                        .param("durationMinutes", "60")
                        .param("place", "Salle")
                        .param("expertDays", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valeur non valide.")));
        assertThat(count("meeting")).isEqualTo(before);

        Cookie pilot = SignIn.as(mvc, world.pilot());
        mvc.perform(post("/groups/" + world.group1() + "/planning/steps")
                        .cookie(pilot)
                        .with(csrf())
                        .param("kind", "COLLECTIVE_SESSION")
                        .param("title", "Thème 4.3")
                        .param("startsOn", "2026-05-01")
                        .param("endsOn", "2026-02-01")
                        .param("status", "PLANNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date de fin doit être le jour du début ou après.")));
        assertThat(count("planning_step")).isZero();
        mvc.perform(post("/groups/" + world.group1() + "/planning/steps")
                        .cookie(pilot)
                        .with(csrf())
                        .param("kind", "COLLECTIVE_SESSION")
                        .param("title", "Thème 4.3")
                        .param("startsOn", "2026-02-01")
                        .param("endsOn", "2026-05-01")
                        .param("status", "PLANNED"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("planning_step")).isEqualTo(1);
        long stepId =
                jdbc.queryForObject("select id from planning_step where network_id = ?", Long.class, world.network());
        mvc.perform(post("/planning/steps/" + stepId + "/edit")
                        .cookie(pilot)
                        .with(csrf())
                        .param("kind", "COLLECTIVE_SESSION")
                        .param("title", "Thème 4.3 — contractualisation")
                        .param("startsOn", "2026-06-01")
                        .param("endsOn", "2026-02-01")
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date de fin doit être le jour du début ou après.")));
        assertThat(jdbc.queryForObject("select title from planning_step where id = ?", String.class, stepId))
                .isEqualTo("Thème 4.3");
        mvc.perform(post("/planning/steps/" + stepId + "/edit")
                        .cookie(pilot)
                        .with(csrf())
                        .param("kind", "COLLECTIVE_SESSION")
                        .param("title", "Thème 4.3 — contractualisation")
                        .param("startsOn", "2026-02-01")
                        .param("endsOn", "2026-06-01")
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from planning_step where id = ?", String.class, stepId))
                .isEqualTo("IN_PROGRESS");
        getAs(world.referentA(), "/planning/steps/" + stepId + "/edit").andExpect(status().isNotFound());
        getAs(world.expert1(), "/groups/" + world.group1() + "/planning")
                .andExpect(content().string(containsString("Thème 4.3 — contractualisation")));
        // the expert writes meetings, not the planning
        mvc.perform(post("/groups/" + world.group1() + "/planning/steps")
                        .cookie(SignIn.as(mvc, world.expert1()))
                        .with(csrf())
                        .param("kind", "OTHER")
                        .param("title", "x")
                        .param("startsOn", "2026-02-01")
                        .param("endsOn", "2026-05-01"))
                .andExpect(status().isNotFound());
        assertThat(count("planning_step")).isEqualTo(1);
    }

    @Test
    void attendanceForAStructureOutsideTheGroupIsRefusedOnTheForm() throws Exception {
        long meeting = world.in(() -> meetings.create(
                world.group1(), PlanningWorld.meeting(LocalDate.now().minusDays(1), BigDecimal.ONE)));
        mvc.perform(post("/meetings/" + meeting + "/attendance")
                        .cookie(SignIn.as(mvc, world.pilot()))
                        .with(csrf())
                        .param("status_" + world.structureA(), "PRESENT")
                        .param("status_" + world.structureB(), "PRESENT")
                        .param("status_" + world.structureD(), "ABSENT")
                        .param("status_" + world.structureC(), "PRESENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne peut concerner qu&#39;une structure du groupe")));
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isZero();
        mvc.perform(post("/meetings/" + meeting + "/attendance")
                        .cookie(SignIn.as(mvc, world.expert1()))
                        .with(csrf())
                        .param("status_" + world.structureA(), "PRESENT")
                        .param("attendees_" + world.structureA(), "Mme Martin")
                        .param("status_" + world.structureB(), "EXCUSED")
                        .param("status_" + world.structureD(), "ABSENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isEqualTo(3);
    }

    @Test
    void theSignedSheetIsUploadedCheckedAndDownloadedByMembersOnly() throws Exception {
        Cookie expert = SignIn.as(mvc, world.expert1());
        String url = "/meetings/" + pastMeeting + "/sheet-scan";
        long files = count("stored_file");
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "vide.pdf", "application/pdf", new byte[0]))
                        .cookie(expert)
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "feuille.pdf", "application/pdf", SampleFiles.executable()))
                        .cookie(expert)
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        byte[] oversized = new byte[(int) FileStore.MAX_BYTES + 1];
        System.arraycopy(SampleFiles.pdf(), 0, oversized, 0, SampleFiles.pdf().length);
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "grosse.pdf", "application/pdf", oversized))
                        .cookie(expert)
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        assertThat(count("stored_file")).isEqualTo(files);
        assertThat(jdbc.queryForObject(
                        "select signed_sheet_file_id from meeting where id = ?", Long.class, pastMeeting))
                .isNull();

        byte[] pdf = SampleFiles.pdf();
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "émargement.pdf", "application/pdf", pdf))
                        .cookie(expert)
                        .with(csrf()))
                .andExpect(flash().attribute("done", "planning.sheet.uploaded"));
        byte[] downloaded = getAs(world.referentA(), url)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        getAs(world.funder(), url).andExpect(status().isNotFound());
        getAs(world.expert2(), url).andExpect(status().isNotFound());
        // the referent may read the scan but not replace it
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "autre.pdf", "application/pdf", pdf))
                        .cookie(SignIn.as(mvc, world.referentA()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
