package fr.pilotis.access;

import fr.pilotis.shared.NetworkMember;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their network, who they are and their grants, read at sign-in and kept in
 * the shared HTTP session (hence serializable).
 */
public final class PilotisUser implements UserDetails, CredentialsContainer, NetworkMember {

    private final long userId;
    private final long networkId;
    private final String email;
    private final String displayName;
    private final String networkName;
    private final boolean enabled;
    private final List<Grant> grants;
    private String passwordHash;

    PilotisUser(
            long userId,
            long networkId,
            String email,
            String displayName,
            String networkName,
            String passwordHash,
            boolean enabled,
            List<Grant> grants) {
        this.userId = userId;
        this.networkId = networkId;
        this.email = email;
        this.displayName = displayName;
        this.networkName = networkName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.grants = List.copyOf(grants);
    }

    @Override
    public long networkId() {
        return networkId;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String networkName() {
        return networkName;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public List<Grant> grantsOf(Role role) {
        return grants.stream().filter(g -> g.role() == role).toList();
    }

    /** The grant that decides the home page: the first role in {@link Role}'s order. */
    public Optional<Grant> mainGrant() {
        return grants.stream().min(Comparator.comparing(Grant::role).thenComparing(Grant::id));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority(g.role().authority()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PilotisUser user && user.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "PilotisUser[" + userId + "]";
    }
}
