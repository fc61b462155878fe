package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.diagnostic.DiagnosticWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Evidence files: the referent attaches and removes them while the diagnostic is editable; their
 * type is told from their content; readers download them (never funders); downloads stream the
 * stored chunks back, byte for byte.
 */
@PilotisTest
class EvidenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    CriterionView first;
    Cookie referent;

    @BeforeEach
    void aWorld() {
        DiagnosticWorld worlds = new DiagnosticWorld(context);
        world = worlds.create(false);
        first = worlds.criteria(world).get(0);
        referent = SignIn.as(mvc, world.referentA());
    }

    String uploadUrl() {
        return "/diagnostics/" + world.diagnosticA() + "/answers/" + first.id() + "/evidence";
    }

    MvcResult upload(Cookie session, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(uploadUrl())
                        .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                        .cookie(session)
                        .with(csrf()))
                .andReturn();
    }

    List<EvidenceView> files() {
        return world.in(() -> evidence.ofDiagnostic(world.diagnosticA()));
    }

    long storedFiles() {
        return jdbc.queryForObject(
                "select count(*) from stored_file where network_id = ?", Long.class, world.network());
    }

    Notice noticeOf(MvcResult result) {
        return (Notice) result.getFlashMap().get("criterionNotice");
    }

    @Test
    void aPdfIsAttachedListedAndDownloadedByteForByte() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        MvcResult result = upload(referent, "Procédure d'accueil.pdf", pdf);
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/diagnostics/" + world.diagnosticA() + "?theme=4.1#criterion-4.1.1");
        assertThat(noticeOf(result))
                .isEqualTo(Notice.done("diagnostic.evidence.added", "Procédure d'accueil.pdf")
                        .about(first.id()));

        List<EvidenceView> files = files();
        assertThat(files).singleElement().satisfies(e -> {
            assertThat(e.criterionId()).isEqualTo(first.id());
            assertThat(e.contentType()).isEqualTo("application/pdf");
            assertThat(e.sizeBytes()).isEqualTo(pdf.length);
        });
        // the evidence came before any rating: the answer exists, unanswered
        AnswerView answer =
                world.in(() -> diagnostics.view(world.diagnosticA())).answerTo(first);
        assertThat(answer.id()).isNotNull();
        assertThat(answer.isAnswered()).isFalse();

        long evidenceId = files.get(0).id();
        mvc.perform(get("/diagnostics/" + world.diagnosticA()).cookie(referent))
                .andExpect(content().string(containsString("href=\"/evidence/" + evidenceId + "\"")))
                .andExpect(content().string(containsString("Procédure d&#39;accueil.pdf")));
        for (String reader : List.of(world.referentA(), world.pilot(), world.expert1(), world.directorA())) {
            MvcResult download = mvc.perform(get("/evidence/" + evidenceId).cookie(SignIn.as(mvc, reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(
                            header().string(
                                            "Content-Disposition",
                                            "attachment; filename=\"Proc_dure d'accueil.pdf\"; filename*=UTF-8''Proc%C3%A9dure%20d%27accueil.pdf"))
                    .andReturn();
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        }
    }

    @Test
    void aLargeFileIsStoredInChunksOfOneMebibyteAndStreamedBack() throws Exception {
        byte[] large = Arrays.copyOf(SampleFiles.pdf(), 2 * 1024 * 1024 + 123);
        new Random(7).nextBytes(large);
        System.arraycopy(SampleFiles.pdf(), 0, large, 0, 9);
        assertThat(noticeOf(upload(referent, "gros.pdf", large)).success()).isTrue();
        EvidenceView stored = files().get(0);
        assertThat(jdbc.queryForList(
                        "select length(bytes) from stored_file_chunk where file_id = ? order by chunk_no",
                        Integer.class,
                        stored.fileId()))
                .containsExactly(1024 * 1024, 1024 * 1024, 123);
        byte[] back = mvc.perform(get("/evidence/" + stored.id()).cookie(referent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(large);
    }

    @Test
    void anExecutableRenamedPdfAnEmptyFileAndAFileOver20MbAreRefusedAndNothingIsStored() throws Exception {
        long before = storedFiles();
        assertThat(noticeOf(upload(referent, "facture.pdf", SampleFiles.executable())))
                .isEqualTo(Notice.refused("file.typeRefused", List.of()).about(first.id()));
        assertThat(noticeOf(upload(referent, "vide.pdf", new byte[0])))
                .isEqualTo(Notice.refused("file.empty", List.of()).about(first.id()));
        byte[] tooLarge = Arrays.copyOf(SampleFiles.pdf(), (int) FileStore.MAX_BYTES + 1);
        assertThat(noticeOf(upload(referent, "enorme.pdf", tooLarge)))
                .isEqualTo(Notice.refused("file.tooLarge", List.of(20)).about(first.id()));
        assertThat(files()).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
        // no answer row was left behind by the refused files either
        assertThat(world.in(() -> diagnostics.view(world.diagnosticA()))
                        .answerTo(first)
                        .id())
                .isNull();

        // the message shows next to the criterion on the page redirected to
        upload(referent, "facture.pdf", SampleFiles.executable());
        mvc.perform(get("/diagnostics/" + world.diagnosticA() + "?theme=4.1").cookie(referent))
                .andExpect(content().string(containsString("Ce type de fichier n&#39;est pas accepté")));
        upload(referent, "enorme.pdf", tooLarge);
        mvc.perform(get("/diagnostics/" + world.diagnosticA() + "?theme=4.1").cookie(referent))
                .andExpect(content().string(containsString("Le fichier dépasse 20 Mo")));
    }

    @Test
    void aFileOverTheServersUploadLimitGoesBackToItsCriterionWithAMessage() throws Exception {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(world.referentA());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            UploadTooLarge advice = context.getBean(UploadTooLarge.class);
            MockHttpServletRequest request = new MockHttpServletRequest("POST", uploadUrl());
            request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
            MockHttpServletResponse response = new MockHttpServletResponse();
            String view = advice.tooLarge(request, response, new ExtendedModelMap());
            assertThat(view).isEqualTo("redirect:/diagnostics/" + world.diagnosticA() + "?theme=4.1#criterion-4.1.1");
            assertThat(RequestContextUtils.getOutputFlashMap(request).get("criterionNotice"))
                    .isEqualTo(Notice.refused("file.tooLarge", List.of(20)).about(first.id()));

            ExtendedModelMap model = new ExtendedModelMap();
            MockHttpServletResponse other = new MockHttpServletResponse();
            assertThat(advice.tooLarge(new MockHttpServletRequest("POST", "/elsewhere"), other, model))
                    .isEqualTo("diagnostic/upload-too-large");
            assertThat(other.getStatus()).isEqualTo(413);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theReferentRemovesEvidenceWhileEditableOnly() throws Exception {
        upload(referent, "preuve.pdf", SampleFiles.pdf());
        upload(referent, "photo.png", SampleFiles.png());
        List<EvidenceView> files = files();
        assertThat(files).extracting(EvidenceView::contentType).containsExactly("application/pdf", "image/png");

        for (String other : List.of(world.pilot(), world.expert1(), world.directorA(), world.referentB())) {
            mvc.perform(post("/evidence/" + files.get(0).id() + "/delete")
                            .cookie(SignIn.as(mvc, other))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/evidence/" + files.get(0).id() + "/delete").cookie(referent))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/" + files.get(0).id() + "/delete")
                        .cookie(referent)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/diagnostics/" + world.diagnosticA() + "?theme=4.1#criterion-4.1.1"))
                .andExpect(flash().attribute(
                                "criterionNotice",
                                Notice.done("diagnostic.evidence.removed", "preuve.pdf")
                                        .about(first.id())));
        assertThat(files()).extracting(EvidenceView::fileName).containsExactly("photo.png");
        mvc.perform(get("/evidence/" + files.get(0).id()).cookie(referent)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from stored_file_chunk where file_id = ?",
                        Long.class,
                        files.get(0).fileId()))
                .isZero();

        // once submitted, nothing is added or removed
        DiagnosticWorld worlds = new DiagnosticWorld(context);
        worlds.answerAllBut(world, 0);
        worlds.submitA(world);
        long remaining = files().get(0).id();
        mvc.perform(post("/evidence/" + remaining + "/delete").cookie(referent).with(csrf()))
                .andExpect(flash().attribute(
                                "criterionNotice",
                                Notice.refused("diagnostic.answer.readOnly", List.of())
                                        .about(first.id())));
        assertThat(noticeOf(upload(referent, "tard.pdf", SampleFiles.pdf())))
                .isEqualTo(
                        Notice.refused("diagnostic.answer.readOnly", List.of()).about(first.id()));
        assertThat(files()).hasSize(1);
        mvc.perform(get("/diagnostics/" + world.diagnosticA()).cookie(referent))
                .andExpect(content().string(not(containsString("/delete"))))
                .andExpect(content().string(not(containsString("enctype=\"multipart/form-data\""))));
    }

    @Test
    void onlyTheReferentAttachesAndFundersAndOutsidersNeverDownload() throws Exception {
        upload(referent, "preuve.pdf", SampleFiles.pdf());
        long evidenceId = files().get(0).id();
        for (String other : List.of(world.pilot(), world.expert1(), world.directorA(), world.admin())) {
            assertThat(upload(SignIn.as(mvc, other), "autre.pdf", SampleFiles.pdf())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        for (String outsider :
                List.of(world.funder(), world.expert2(), world.referentB(), DemoAccounts.ADMIN, DemoAccounts.FUNDER)) {
            mvc.perform(get("/evidence/" + evidenceId).cookie(SignIn.as(mvc, outsider)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("%PDF"))));
        }
        assertThat(files()).hasSize(1);
    }
}
