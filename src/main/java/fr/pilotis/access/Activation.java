package fr.pilotis.access;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a new person, following their one-time link, chooses a password. Nobody is signed in, so
 * the token alone says whose network the work belongs to.
 */
@Service
class Activation {

    static final int MIN_PASSWORD_LENGTH = 12;

    enum LinkState {
        VALID,
        UNKNOWN,
        USED,
        EXPIRED
    }

    private final ActivationTokenRepository tokens;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Activation(
            ActivationTokenRepository tokens,
            AppUserRepository users,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    LinkState check(String token) {
        return Tenancy.callAcrossNetworks(() -> transactions.execute(status -> stateOf(find(token))));
    }

    /** Sets the password and spends the link, or throws with what is wrong (nothing changes). */
    void activate(String token, String password, String confirmation) {
        Tenancy.runAcrossNetworks(() -> transactions.executeWithoutResult(status -> {
            Optional<ActivationToken> found = find(token);
            LinkState state = stateOf(found);
            if (state != LinkState.VALID) {
                throw InvalidInputException.of(
                        null, "activation.link." + state.name().toLowerCase());
            }
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
                problems.reject("password", "activation.password.short", MIN_PASSWORD_LENGTH);
            } else if (password.length() > 128) {
                problems.reject("password", "validation.tooLong", 128);
            } else if (!password.equals(confirmation)) {
                problems.reject("confirmation", "activation.password.mismatch");
            }
            problems.throwIfAny();
            ActivationToken activation = found.orElseThrow();
            AppUser user = users.findById(activation.getUserId()).orElseThrow();
            user.setPasswordHash(passwords.encode(password));
            activation.markUsed(clock.instant());
        }));
    }

    private Optional<ActivationToken> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ActivationLinks.hash(token));
    }

    private LinkState stateOf(Optional<ActivationToken> token) {
        Instant now = clock.instant();
        return token.map(t -> t.isUsed() ? LinkState.USED : t.isExpiredAt(now) ? LinkState.EXPIRED : LinkState.VALID)
                .orElse(LinkState.UNKNOWN);
    }
}
