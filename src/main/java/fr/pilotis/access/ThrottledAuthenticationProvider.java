package fr.pilotis.access;

import fr.pilotis.shared.AuditTrail;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Email and password sign-in, behind the {@link SignInThrottle}, with every outcome audited. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottledAuthenticationProvider(
            PilotisUserDetailsService people, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(people);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email =
                attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "unknown";
        try {
            throttle.beforeAttempt(email, address);
        } catch (SignInRefusedException refused) {
            audit.record(null, "SIGN_IN_REFUSED", null, null, Map.of("email", email, "address", address));
            throw refused;
        }
        try {
            Authentication signedIn = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, attempt.getCredentials()));
            throttle.succeeded(email);
            PilotisUser user = (PilotisUser) signedIn.getPrincipal();
            audit.record(user.networkId(), "SIGN_IN", "AppUser", user.userId(), Map.of("address", address));
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(attempt.getDetails());
            return result;
        } catch (AuthenticationException failed) {
            throttle.failed(email, address);
            audit.record(null, "SIGN_IN_FAILED", null, null, Map.of("email", email, "address", address));
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
