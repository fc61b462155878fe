package fr.pilotis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.ActivationLink;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.organisation.Networks;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PilotisTest
class NetworkTasksTests {

    @Autowired
    NetworkTasks tasks;

    @Autowired
    Networks networks;

    @Autowired
    ReferentialCatalog referentials;

    @Autowired
    MockMvc mvc;

    @Test
    void createsANetworkWhoseFirstAdminActivatesTheirAccountAndLandsOnTheOrganisation() throws Exception {
        String slug = "reseau-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String email = "qualite@" + slug + ".fr";

        ActivationLink link = tasks.createNetwork(
                "Réseau Tâche", slug, new PersonDetails(email, "Anne", "Martin", "Responsable qualité", null));

        long networkId =
                Tenancy.callAcrossNetworks(() -> networks.findIdBySlug(slug)).orElseThrow();
        assertThat(Tenancy.callInNetwork(networkId, () -> referentials.versions()))
                .singleElement()
                .satisfies(v -> assertThat(v.isDefault()).isTrue())
                .extracting(ReferentialSummary::criterionCount)
                .isEqualTo(49L);
        String path = URI.create(link.url()).getPath();
        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("password", "une phrase de passe longue")
                        .param("confirmation", "une phrase de passe longue"))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                "/login")
                        .user(email)
                        .password("une phrase de passe longue"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aRefusedAdministratorLeavesNoNetworkBehind() {
        String slug = "reseau-" + ThreadLocalRandom.current().nextInt(1_000_000);

        assertThatThrownBy(() -> tasks.createNetwork(
                        "Réseau Refusé", slug, new PersonDetails("pas-une-adresse", "Anne", "Martin", null, null)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(Tenancy.callAcrossNetworks(() -> networks.findIdBySlug(slug)))
                .isEmpty();
    }
}
