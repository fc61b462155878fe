package fr.pilotis.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down, then refuses for a while, repeated failed sign-ins for one account or from one
 * address. Failures are kept in PostgreSQL so that every instance behind a load balancer counts
 * the same ones.
 */
@Component
class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration delayStep;

    SignInThrottle(
            JdbcTemplate jdbc,
            @Value("${pilotis.sign-in.max-failures-per-account:5}") int maxPerAccount,
            @Value("${pilotis.sign-in.max-failures-per-address:30}") int maxPerAddress,
            @Value("${pilotis.sign-in.window:15m}") Duration window,
            @Value("${pilotis.sign-in.delay-step:500ms}") Duration delayStep) {
        this.jdbc = jdbc;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.delayStep = delayStep;
    }

    /** Refuses when too many recent failures; otherwise waits longer after each failure. */
    void beforeAttempt(String email, String address) {
        Timestamp since = Timestamp.from(Instant.now().minus(window));
        int forAccount = count("email", email, since);
        int fromAddress = count("address", address, since);
        if (forAccount >= maxPerAccount || fromAddress >= maxPerAddress) {
            throw new SignInRefusedException(window);
        }
        int recent = Math.max(forAccount, fromAddress * maxPerAccount / maxPerAddress);
        if (recent >= 2 && !delayStep.isZero()) {
            sleep(delayStep.multipliedBy(Math.min(recent - 1, 6)));
        }
    }

    void failed(String email, String address) {
        jdbc.update("insert into sign_in_failure (email, address) values (?, ?)", email, address);
        jdbc.update(
                "delete from sign_in_failure where failed_at < ?",
                Timestamp.from(Instant.now().minus(window.multipliedBy(4))));
    }

    void succeeded(String email) {
        jdbc.update("delete from sign_in_failure where email = ?", email);
    }

    private int count(String column, String value, Timestamp since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from sign_in_failure where " + column + " = ? and failed_at >= ?",
                Integer.class,
                value,
                since);
        return count == null ? 0 : count;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
