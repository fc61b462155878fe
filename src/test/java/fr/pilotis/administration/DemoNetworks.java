package fr.pilotis.administration;

import fr.pilotis.organisation.Networks;
import fr.pilotis.shared.Tenancy;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Reads the demo networks from the tests, as their admins would see them (tenant discriminator on). */
final class DemoNetworks {

    private DemoNetworks() {}

    static long main(Networks networks) {
        return id(networks, "reseau-demo");
    }

    static long other(Networks networks) {
        return id(networks, "autre-reseau");
    }

    static <T> T in(long networkId, Supplier<T> work) {
        return Tenancy.callInNetwork(networkId, work);
    }

    /** A suffix that keeps the rows a test creates apart from the demo's and the other tests'. */
    static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    private static long id(Networks networks, String slug) {
        return Tenancy.callAcrossNetworks(() -> networks.findIdBySlug(slug)).orElseThrow();
    }
}
