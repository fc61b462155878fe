package fr.pilotis.referential;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.Networks;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A network of the test's own with its administrator signed in, so that imports do not add versions
 * to the demo networks that other tests read.
 */
record AdminOfANewNetwork(long networkId, String email, Cookie session) {

    static AdminOfANewNetwork create(
            MockMvc mvc,
            Networks networks,
            PeopleAdministration people,
            ReferentialVersions versions,
            boolean withDefaultReferential) {
        String slug = "ref-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long networkId = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        String email = "admin@" + slug + ".fr";
        Tenancy.runInNetwork(networkId, () -> {
            long userId = people.createActivatedPerson(
                    new PersonDetails(email, "Anne", "Martin", null, null), people.hashPassword(DemoAccounts.PASSWORD));
            people.addGrant(userId, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
            if (withDefaultReferential) {
                versions.installDefaultIfNone();
            }
        });
        return new AdminOfANewNetwork(networkId, email, SignIn.as(mvc, email));
    }

    <T> T inNetwork(Supplier<T> work) {
        return Tenancy.callInNetwork(networkId, work);
    }
}
