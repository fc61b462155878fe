package fr.pilotis.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's grants are read at sign-in and kept in their session; when an admin takes a role away
 * or disables the account, their open sessions end at once (on every instance, since sessions live
 * in PostgreSQL) and the next request asks them to sign in again.
 */
@Component
class SignedInSessions {

    private final JdbcTemplate jdbc;

    SignedInSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void endSessionsOf(String email) {
        jdbc.update("delete from spring_session where principal_name = ?", email);
    }
}
