package fr.pilotis.access;

import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.shared.Tenancy;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds the person signing in, whatever their network: the email is unique on the platform. */
@Service
class PilotisUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final RoleGrantRepository grants;
    private final OrganisationDirectory organisation;
    private final TransactionTemplate readOnly;

    PilotisUserDetailsService(
            AppUserRepository users,
            RoleGrantRepository grants,
            OrganisationDirectory organisation,
            TransactionTemplate transactions) {
        this.users = users;
        this.organisation = organisation;
        this.grants = grants;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // Nobody is signed in yet, so the lookup runs across networks; it returns one person only.
        return Tenancy.callAcrossNetworks(() -> readOnly.execute(status -> users.findByEmail(email)
                .filter(AppUser::isActivated)
                .map(user -> new PilotisUser(
                        user.getId(),
                        user.getNetworkId(),
                        user.getEmail(),
                        user.displayName(),
                        organisation.networkName(user.getNetworkId()).orElse(""),
                        user.getPasswordHash(),
                        user.isEnabled(),
                        grants.findByUserId(user.getId()).stream()
                                .map(RoleGrant::toGrant)
                                .toList()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"))));
    }
}
