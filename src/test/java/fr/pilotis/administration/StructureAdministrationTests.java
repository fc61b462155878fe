package fr.pilotis.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@PilotisTest
class StructureAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationDirectory directory;

    Cookie admin;
    long main;
    StructureSummary demoStructure;

    @BeforeEach
    void signIn() {
        admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        main = DemoNetworks.main(networks);
        demoStructure = structures().get(0);
    }

    @Test
    void aNewStructureIsSavedAndListed() throws Exception {
        String name = "SSIAD test " + DemoNetworks.unique();
        String finess = "13" + DemoNetworks.unique();
        Map<String, String> form = validForm(name, finess);

        mvc.perform(post("/admin/structures", form))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/structures"))
                .andExpect(flash().attribute("saved", true));

        assertThat(structures())
                .anyMatch(s -> s.finess().equals(finess) && s.name().equals(name));
        mvc.perform(get("/admin/structures").param("q", name).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(finess)));
    }

    @Test
    void thePagerLinksOnlyToPagesThatExist() throws Exception {
        // 51 demo structures: several pages; the first has no "previous" link, the last no "next"
        String first = mvc.perform(get("/admin/structures").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("page=1").doesNotContain("page=-1");
        String last = mvc.perform(get("/admin/structures").param("page", "99").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(last).contains("aria-disabled=\"true\"").doesNotContain("page=100");
    }

    @Test
    void anEditedStructureKeepsItsChanges() throws Exception {
        String finess = "83" + DemoNetworks.unique();
        mvc.perform(post("/admin/structures", validForm("SAAD test " + DemoNetworks.unique(), finess)))
                .andExpect(status().is3xxRedirection());
        StructureSummary created = structures().stream()
                .filter(s -> s.finess().equals(finess))
                .findFirst()
                .orElseThrow();
        Map<String, String> form = validForm("SAAD renommé " + DemoNetworks.unique(), finess);
        form.put("workingGroupId", "");
        form.put("phase", "DEPLOYMENT");

        mvc.perform(post("/admin/structures/" + created.id(), form)).andExpect(status().is3xxRedirection());

        StructureSummary updated = DemoNetworks.in(main, () -> directory.findStructure(created.id()))
                .orElseThrow();
        assertThat(updated.name()).isEqualTo(form.get("name"));
        assertThat(updated.workingGroupId()).isNull();
        assertThat(updated.phase().name()).isEqualTo("DEPLOYMENT");
    }

    @Test
    void anInvalidFinessIsRefused() throws Exception {
        refused(Map.of("finess", "13ABC"), "Le numéro FINESS comporte 9 caractères");
    }

    @Test
    void aFinessOfAnotherDepartementIsRefused() throws Exception {
        refused(
                Map.of("finess", "83" + DemoNetworks.unique(), "departement", "13"),
                "Le numéro FINESS doit commencer par le département de la structure (13).");
    }

    @Test
    void aFinessAlreadyInTheNetworkIsRefused() throws Exception {
        refused(
                Map.of("finess", demoStructure.finess(), "departement", demoStructure.departement()),
                "Une structure du réseau porte déjà ce numéro FINESS.");
    }

    @Test
    void emptyRequiredFieldsAreRefused() throws Exception {
        String body = refused(
                Map.of("name", " ", "type", "", "territorialUnionId", "", "phase", ""), "Ce champ est obligatoire.");
        assertThat(body.split("Ce champ est obligatoire.", -1)).hasSize(5);
        assertThat(body).contains("aria-describedby=\"name-error\"").contains("id=\"territorialUnionId-error\"");
    }

    @Test
    void aValueThatIsNotAnIdIsRefusedWithoutAnError() throws Exception {
        String body = refused(Map.of("territorialUnionId", "abc"), "Choisissez une valeur dans la liste.");
        assertThat(body).contains("id=\"territorialUnionId-error\"");
        refused(Map.of("type", "HOSPITAL"), "Valeur non valide.");
    }

    @Test
    void aUnionOfAnotherNetworkIsRefused() throws Exception {
        long otherUnion = DemoNetworks.in(DemoNetworks.other(networks), () -> directory.unions())
                .get(0)
                .id();
        refused(
                Map.of("territorialUnionId", String.valueOf(otherUnion)),
                "Choisissez une union territoriale du réseau.");
    }

    @Test
    void aBadEditLeavesTheStructureAsItWas() throws Exception {
        Map<String, String> form = validForm("Renommée " + DemoNetworks.unique(), "13ABC");
        int before = structures().size();
        mvc.perform(post("/admin/structures/" + demoStructure.id(), form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le numéro FINESS comporte 9 caractères")));
        assertThat(structures()).hasSize(before);
        assertThat(DemoNetworks.in(main, () -> directory.findStructure(demoStructure.id())))
                .contains(demoStructure);
    }

    /** Posts a valid form changed by these values; checks the message and that nothing was saved. */
    private String refused(Map<String, String> changes, String message) throws Exception {
        Map<String, String> form = validForm("Refusée " + DemoNetworks.unique(), "13" + DemoNetworks.unique());
        form.putAll(changes);
        int before = structures().size();
        String body = mvc.perform(post("/admin/structures", form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(structures()).hasSize(before);
        assertThat(structures()).noneMatch(s -> s.name().equals(form.get("name")));
        return body;
    }

    private Map<String, String> validForm(String name, String finess) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("finess", finess);
        form.put("name", name);
        form.put("type", "SSIAD");
        form.put("departement", finess.substring(0, 2));
        form.put("territorialUnionId", String.valueOf(demoStructure.territorialUnionId()));
        form.put("workingGroupId", String.valueOf(demoStructure.workingGroupId()));
        form.put("phase", "PREPARATORY");
        form.put("address", "1 rue du Test");
        form.put("phone", "04 91 00 00 00");
        return form;
    }

    private MockHttpServletRequestBuilder post(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).cookie(admin).with(csrf());
        form.forEach(request::param);
        return request;
    }

    private List<StructureSummary> structures() {
        return DemoNetworks.in(main, () -> directory.structures(StructureScope.wholeNetwork()));
    }
}
