package fr.pilotis.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.PersonView;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The UT and working group pages. */
@PilotisTest
class OrganisationAdministrationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    Cookie admin;
    long main;

    @BeforeEach
    void signIn() {
        admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        main = DemoNetworks.main(networks);
    }

    @Test
    void aUnionIsCreatedThenRenamed() throws Exception {
        String name = "UT Essai " + DemoNetworks.unique();
        mvc.perform(post("/admin/uts").param("name", name).cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/uts"));
        mvc.perform(get("/admin/uts").cookie(admin))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Enregistré.")));
        TerritorialUnionSummary union = union(name);

        String renamed = name + " renommée";
        mvc.perform(post("/admin/uts/" + union.id())
                        .param("name", renamed)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/uts"));
        assertThat(DemoNetworks.in(main, () -> directory.findUnion(union.id())))
                .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo(renamed));
    }

    @Test
    void aUnionNameMustBeGivenAndFree() throws Exception {
        int before = unions().size();
        mvc.perform(post("/admin/uts").param("name", " ").cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
        String taken = unions().get(0).name();
        mvc.perform(post("/admin/uts")
                        .param("name", taken.toUpperCase())
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce nom est déjà utilisé dans le réseau.")));
        assertThat(unions()).hasSize(before);

        TerritorialUnionSummary other = unions().get(1);
        mvc.perform(post("/admin/uts/" + other.id())
                        .param("name", taken)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce nom est déjà utilisé dans le réseau.")));
        assertThat(union(other.name()).id()).isEqualTo(other.id());
    }

    @Test
    void aGroupGathersStructuresAndExperts() throws Exception {
        String name = "Groupe essai " + DemoNetworks.unique();
        mvc.perform(post("/admin/groups").param("name", name).cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        WorkingGroupSummary group = DemoNetworks.in(main, () -> directory.groups()).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
        String page = "/admin/groups/" + group.id();
        StructureSummary anyDemo = structures().get(0);
        String finess = "13" + DemoNetworks.unique();
        long structureId = DemoNetworks.in(
                main,
                () -> organisation.createStructure(new StructureDetails(
                        finess,
                        "SAP essai " + finess,
                        StructureType.SAP,
                        "13",
                        anyDemo.territorialUnionId(),
                        null,
                        ProgrammePhase.PREPARATORY,
                        null,
                        null)));
        StructureSummary structure = DemoNetworks.in(main, () -> directory.findStructure(structureId))
                .orElseThrow();
        long expertId = DemoNetworks.in(
                        main,
                        () -> people.createPerson(new PersonDetails(
                                "expert.essai." + finess + "@exemple.fr", "Eve", "Experte", null, null)))
                .userId();
        PersonView expert = DemoNetworks.in(main, () -> people.person(expertId));

        mvc.perform(post(page + "/structures")
                        .param("structureId", String.valueOf(structure.id()))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/experts")
                        .param("personId", String.valueOf(expert.id()))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/experts")
                        .param("personId", String.valueOf(expert.id()))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette personne a déjà ce rôle sur ce périmètre.")));
        assertThat(DemoNetworks.in(main, () -> people.person(expertId)).grants())
                .hasSize(1);
        mvc.perform(get(page).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(structure.name())))
                .andExpect(content().string(containsString(expert.email())));
        assertThat(DemoNetworks.in(main, () -> directory.findStructure(structure.id())))
                .hasValueSatisfying(s -> assertThat(s.workingGroupId()).isEqualTo(group.id()));

        mvc.perform(post(page + "/structures/" + structure.id() + "/remove")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(DemoNetworks.in(main, () -> directory.findStructure(structure.id())))
                .hasValueSatisfying(s -> assertThat(s.workingGroupId()).isNull());
    }

    @Test
    void aGroupRefusesWhatIsNotOfTheNetwork() throws Exception {
        WorkingGroupSummary group =
                DemoNetworks.in(main, () -> directory.groups()).get(0);
        String page = "/admin/groups/" + group.id();
        long other = DemoNetworks.other(networks);
        long otherStructure = DemoNetworks.in(other, () -> directory.structures(StructureScope.wholeNetwork()))
                .get(0)
                .id();
        long otherPerson = DemoNetworks.in(other, () -> people.people()).get(0).id();
        List<StructureSummary> before = structures();

        mvc.perform(post(page + "/structures")
                        .param("structureId", String.valueOf(otherStructure))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une structure du réseau.")));
        mvc.perform(post(page + "/structures")
                        .param("structureId", "x1")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une valeur dans la liste.")));
        mvc.perform(post(page + "/experts")
                        .param("personId", String.valueOf(otherPerson))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une personne du réseau.")));
        mvc.perform(post(page + "/experts").param("personId", "").cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
        assertThat(structures()).isEqualTo(before);

        // a structure that is not in this group cannot be taken out of it
        StructureSummary elsewhere = before.stream()
                .filter(s -> s.workingGroupId() != null && s.workingGroupId() != group.id())
                .findFirst()
                .orElseThrow();
        mvc.perform(post(page + "/structures/" + elsewhere.id() + "/remove")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(structures()).isEqualTo(before);
    }

    private TerritorialUnionSummary union(String name) {
        return unions().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private List<TerritorialUnionSummary> unions() {
        return DemoNetworks.in(main, () -> directory.unions());
    }

    private List<StructureSummary> structures() {
        return DemoNetworks.in(main, () -> directory.structures(StructureScope.wholeNetwork()));
    }
}
