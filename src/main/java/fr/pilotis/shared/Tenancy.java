package fr.pilotis.shared;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that says which network the current work belongs to. Hibernate's tenant
 * discriminator ({@code @TenantId} on every tenant entity) asks it when a session opens, so every
 * query and every insert is confined to that network without anyone writing a where clause.
 *
 * <p>By default the network is the signed-in person's. Work with nobody signed in (sign-in
 * itself, the demo loader, the platform operator's tasks) names its network explicitly, or runs
 * across networks with {@link #callAcrossNetworks}. Open the scope before the transaction: the
 * tenant is fixed when the Hibernate session opens.
 */
public final class Tenancy {

    /** Hibernate's root tenant: sees and writes every network. Only for platform tasks. */
    public static final long ACROSS_NETWORKS = -1L;

    /** No network: every tenant query answers nothing. What anonymous requests get. */
    public static final long NO_NETWORK = 0L;

    private static final ThreadLocal<Long> explicit = new ThreadLocal<>();

    private Tenancy() {}

    public static long currentNetworkId() {
        Long scoped = explicit.get();
        if (scoped != null) {
            return scoped;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NetworkMember member) {
            return member.networkId();
        }
        return NO_NETWORK;
    }

    public static <T> T callInNetwork(long networkId, Supplier<T> work) {
        if (networkId <= 0) {
            throw new IllegalArgumentException("not a network id: " + networkId);
        }
        return callScoped(networkId, work);
    }

    public static void runInNetwork(long networkId, Runnable work) {
        callInNetwork(networkId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAcrossNetworks(Supplier<T> work) {
        return callScoped(ACROSS_NETWORKS, work);
    }

    public static void runAcrossNetworks(Runnable work) {
        callAcrossNetworks(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T callScoped(long networkId, Supplier<T> work) {
        Long previous = explicit.get();
        explicit.set(networkId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                explicit.remove();
            } else {
                explicit.set(previous);
            }
        }
    }
}
