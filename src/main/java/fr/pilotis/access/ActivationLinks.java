package fr.pilotis.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Makes one-time activation tokens: 256 random bits in the link, their SHA-256 in the database. */
@Component
class ActivationLinks {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final SecureRandom random = new SecureRandom();
    private final ActivationTokenRepository tokens;
    private final Clock clock;
    private final String publicUrl;

    ActivationLinks(
            ActivationTokenRepository tokens,
            Clock clock,
            @Value("${pilotis.public-url:http://localhost:8080}") String publicUrl) {
        this.tokens = tokens;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Issues a new link and voids the person's earlier unused ones. */
    ActivationLink issue(long userId, String email) {
        Instant now = clock.instant();
        tokens.findByUserIdAndUsedAtIsNull(userId).forEach(old -> old.markUsed(now));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(VALIDITY);
        tokens.save(new ActivationToken(userId, hash(token), expiresAt));
        return new ActivationLink(userId, email, publicUrl + "/activation/" + token, expiresAt);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
