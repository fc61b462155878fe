package fr.pilotis.referential;

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

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.organisation.Networks;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The référentiel pages: versions, a version's criteria, the XLSX export and import, and who reaches them. */
@PilotisTest
class ReferentialPagesTests {

    static final String XLSX = ReferentialWorkbook.CONTENT_TYPE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    PeopleAdministration people;

    @Autowired
    ReferentialVersions versions;

    @Autowired
    ReferentialCatalog catalog;

    AdminOfANewNetwork admin;
    long defaultId;

    @BeforeEach
    void aNetworkWithTheDefaultReferential() {
        admin = AdminOfANewNetwork.create(mvc, networks, people, versions, true);
        defaultId = admin.inNetwork(() -> catalog.latest().orElseThrow().id());
    }

    @Test
    void theVersionsPageListsTheDefaultVersionAndOffersTheImport() throws Exception {
        mvc.perform(get("/admin/referentials").cookie(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version par défaut de Pilotis")))
                .andExpect(content().string(containsString("importer son propre texte officiel")))
                .andExpect(content().string(containsString(">49<")))
                .andExpect(content().string(containsString("/admin/referentials/" + defaultId + "/export.xlsx")))
                .andExpect(content().string(containsString("/admin/referentials/template.xlsx")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("action=\"/admin/referentials/import\"")))
                .andExpect(content().string(not(containsString("action=\"/admin/referentials/default\""))));
    }

    @Test
    void theVersionPageShowsThemesLevelsAndEveryCriterionUnfoldable() throws Exception {
        ReferentialVersion version = admin.inNetwork(() -> catalog.version(defaultId));
        CriterionView deliverable = version.criteria().stream()
                .filter(c -> c.code().equals("4.2.9"))
                .findFirst()
                .orElseThrow();
        String page = mvc.perform(get("/admin/referentials/" + defaultId).cookie(admin.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<h1", "4.2.9", "<details", "Livrable clé", "Explication", "Preuves attendues");
        assertThat(page.split("<details", -1)).hasSize(49 + 1);
        for (ThemeView theme : version.themes()) {
            assertThat(page).contains(escaped(theme.level1Title()), escaped(theme.level2Title()));
        }
        assertThat(page).contains(escaped(deliverable.title()), escaped(deliverable.keyDeliverable()));
    }

    @Test
    void theExportIsAWorkbookWithEveryCriterionInItsCells() throws Exception {
        ReferentialVersion version = admin.inNetwork(() -> catalog.version(defaultId));

        byte[] file = mvc.perform(
                        get("/admin/referentials/" + defaultId + "/export.xlsx").cookie(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("referentiel-v1.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet referential = workbook.getSheet("Référentiel");
            assertThat(referential.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(referential.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(version.summary().name());

            Sheet themes = workbook.getSheet("Thèmes");
            assertThat(cells(themes.getRow(0))).containsExactly("Code", "Intitulé", "Niveau 1", "Niveau 2");
            assertThat(themes.getLastRowNum()).isEqualTo(6);
            ThemeView firstTheme = version.themes().get(0);
            assertThat(cells(themes.getRow(1)))
                    .containsExactly(
                            firstTheme.code(), firstTheme.title(), firstTheme.level1Title(), firstTheme.level2Title());

            Sheet criteria = workbook.getSheet("Critères");
            assertThat(cells(criteria.getRow(0)))
                    .containsExactly(
                            "Code",
                            "Thème",
                            "Niveau",
                            "Intitulé",
                            "Explication",
                            "Exemples",
                            "Contenu attendu",
                            "Références",
                            "Preuves attendues",
                            "Livrable clé");
            assertThat(criteria.getLastRowNum()).isEqualTo(49);
            for (int i = 0; i < 49; i++) {
                CriterionView c = version.criteria().get(i);
                Row row = criteria.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.code());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.themeCode());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(c.level());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(c.title());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(c.explanation());
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(c.legalReferences());
                assertThat(row.getCell(9).getStringCellValue())
                        .isEqualTo(c.keyDeliverable() == null ? "" : c.keyDeliverable());
            }
            assertThat(workbook.getSheet("Notice")).isNotNull();
        }
    }

    @Test
    void anExportImportedBackBecomesTheNextVersionWithTheSameContent() throws Exception {
        byte[] exported = mvc.perform(
                        get("/admin/referentials/" + defaultId + "/export.xlsx").cookie(admin.session()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        upload(exported)
                .andExpect(redirectedUrl("/admin/referentials"))
                .andExpect(flash().attribute("importedVersion", 2));

        List<ReferentialSummary> all = admin.inNetwork(() -> catalog.versions());
        assertThat(all).hasSize(2);
        ReferentialSummary imported = all.get(0);
        assertThat(imported.version()).isEqualTo(2);
        assertThat(imported.isDefault()).isFalse();
        assertThat(imported.criterionCount()).isEqualTo(49);
        assertThat(admin.inNetwork(() -> catalog.version(imported.id()).content()))
                .isEqualTo(admin.inNetwork(() -> catalog.version(defaultId).content()));

        mvc.perform(get("/admin/referentials")
                        .cookie(admin.session())
                        .flashAttr("importedVersion", 2)
                        .flashAttr("importedCriteria", 49L))
                .andExpect(content().string(containsString("Importée")))
                .andExpect(content().string(containsString("La version 2 a été importée (49 critères).")));
    }

    @Test
    void theDocumentedTemplateHasTheSheetsAndHeadersAndNoData() throws Exception {
        byte[] file = mvc.perform(get("/admin/referentials/template.xlsx").cookie(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheet("Critères").getLastRowNum()).isZero();
            assertThat(cells(workbook.getSheet("Thèmes").getRow(0)))
                    .containsExactly("Code", "Intitulé", "Niveau 1", "Niveau 2");
            Sheet notice = workbook.getSheet("Notice");
            assertThat(notice.getRow(0).getCell(0).getStringCellValue()).contains("trois feuilles");
        }
    }

    static Stream<Arguments> badFiles() {
        byte[] workbook = TestWorkbooks.defaultWorkbook();
        byte[] scrambled = workbook.clone();
        for (int i = 200; i < scrambled.length - 200; i += 7) {
            scrambled[i] = (byte) (scrambled[i] ^ 0x5a);
        }
        byte[] tooLarge = Arrays.copyOf(workbook, ReferentialWorkbookReader.MAX_BYTES + 1);
        return Stream.of(
                Arguments.of("empty", new byte[0], "celui-ci est vide"),
                Arguments.of(
                        "text named .xlsx",
                        "Code;Intitulé\n".getBytes(StandardCharsets.UTF_8),
                        "pas un classeur Excel"),
                Arguments.of("truncated zip", Arrays.copyOf(workbook, workbook.length / 2), "endommagé ou incomplet"),
                Arguments.of("scrambled zip", scrambled, "endommagé ou incomplet"),
                Arguments.of("zip bomb", TestWorkbooks.zipBomb(40_000_000), "anormalement volumineux"),
                Arguments.of(
                        "external entity",
                        TestWorkbooks.withPart(
                                TestWorkbooks.SHEET_PART,
                                TestWorkbooks.externalEntitySheet().getBytes(StandardCharsets.UTF_8)),
                        "DOCTYPE ou entités"),
                Arguments.of("over 5 MB", tooLarge, "Le fichier dépasse 5 Mo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithAClearMessageAndNothingIsImported(String what, byte[] bytes, String message)
            throws Exception {
        int before = admin.inNetwork(() -> catalog.versions()).size();

        upload(bytes)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a pas été importé")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString("root:"))));

        assertThat(admin.inNetwork(() -> catalog.versions())).hasSize(before);
    }

    @Test
    void aPostWithoutAFileSaysSo() throws Exception {
        mvc.perform(multipart("/admin/referentials/import").with(csrf()).cookie(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier")));
    }

    @Test
    void everyRowErrorIsListedWithSheetRowAndColumnAndNothingIsImported() throws Exception {
        byte[] bytes = TestWorkbooks.edited(workbook -> {
            Sheet criteria = workbook.getSheet("Critères");
            criteria.getRow(2).getCell(3).setBlank();
            criteria.getRow(6).getCell(1).setCellValue("9.9");
            criteria.getRow(8).getCell(2).setCellValue(3);
        });
        int before = admin.inNetwork(() -> catalog.versions()).size();

        String page = upload(bytes)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("3 erreurs", "<caption>Erreurs du fichier, par feuille, ligne et colonne</caption>");
        assertThat(squeezed(page))
                .contains(
                        "<td>Critères</td><td class=\"text-end\">3</td><td>D (Intitulé)</td><td>Ce champ est obligatoire.</td>",
                        "<td>Critères</td><td class=\"text-end\">7</td><td>B (Thème)</td><td>Le thème 9.9 n&#39;existe pas dans la feuille « Thèmes ».</td>",
                        "<td>Critères</td><td class=\"text-end\">9</td><td>C (Niveau)</td><td>Le niveau doit être 1 ou 2.</td>");
        assertThat(admin.inNetwork(() -> catalog.versions())).hasSize(before);
    }

    @Test
    void aNetworkWithoutReferentialInstallsTheDefaultOnceFromThePage() throws Exception {
        AdminOfANewNetwork bare = AdminOfANewNetwork.create(mvc, networks, people, versions, false);

        mvc.perform(get("/admin/referentials").cookie(bare.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/admin/referentials/default\"")));
        mvc.perform(post("/admin/referentials/default").with(csrf()).cookie(bare.session()))
                .andExpect(redirectedUrl("/admin/referentials"))
                .andExpect(flash().attribute("notice", "referential.default.installed"));
        mvc.perform(post("/admin/referentials/default").with(csrf()).cookie(bare.session()))
                .andExpect(flash().attribute("notice", "referential.default.already"));

        assertThat(bare.inNetwork(() -> catalog.versions())).singleElement().satisfies(v -> {
            assertThat(v.isDefault()).isTrue();
            assertThat(v.criterionCount()).isEqualTo(49);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                DemoAccounts.PILOT,
                DemoAccounts.EXPERT,
                DemoAccounts.REFERENT,
                DemoAccounts.DIRECTOR,
                DemoAccounts.FUNDER,
                DemoAccounts.OTHER_ADMIN
            })
    void everyoneButTheNetworksAdminGets404OnEveryRoute(String account) throws Exception {
        Cookie session = SignIn.as(mvc, account);
        long mainDefault = Tenancy.callInNetwork(
                Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                        .orElseThrow(),
                () -> catalog.latest().orElseThrow().id());
        for (String path : new String[] {
            "/admin/referentials/" + mainDefault,
            "/admin/referentials/" + mainDefault + "/export.xlsx",
            "/admin/referentials/" + defaultId,
            "/admin/referentials/" + defaultId + "/export.xlsx"
        }) {
            mvc.perform(get(path).cookie(session))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Version par défaut"))));
        }
        if (!account.equals(DemoAccounts.OTHER_ADMIN)) {
            mvc.perform(get("/admin/referentials").cookie(session)).andExpect(status().isNotFound());
            mvc.perform(get("/admin/referentials/template.xlsx").cookie(session))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/admin/referentials/default").with(csrf()).cookie(session))
                    .andExpect(status().isNotFound());
            mvc.perform(multipart("/admin/referentials/import")
                            .file(new MockMultipartFile("file", "r.xlsx", XLSX, TestWorkbooks.defaultWorkbook()))
                            .with(csrf())
                            .cookie(session))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anotherNetworksVersionIdIsNotFoundForAnAdmin() throws Exception {
        Cookie demoAdmin = SignIn.as(mvc, DemoAccounts.ADMIN);
        mvc.perform(get("/admin/referentials/" + defaultId).cookie(demoAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/referentials/" + defaultId + "/export.xlsx").cookie(demoAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/referentials/999999999").cookie(demoAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/referentials/abc").cookie(demoAdmin)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/referentials")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/referentials/" + defaultId + "/export.xlsx")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(multipart("/admin/referentials/import")
                        .file(new MockMultipartFile("file", "r.xlsx", XLSX, TestWorkbooks.defaultWorkbook()))
                        .cookie(admin.session()))
                .andExpect(status().isForbidden());
        assertThat(admin.inNetwork(() -> catalog.versions())).hasSize(1);
    }

    private ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/referentials/import")
                .file(new MockMultipartFile("file", "referentiel.xlsx", XLSX, bytes))
                .with(csrf())
                .cookie(admin.session()));
    }

    private static List<String> cells(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false)
                .map(cell -> cell.getStringCellValue())
                .toList();
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String squeezed(String html) {
        return html.replaceAll(">\\s+<", "><");
    }
}
