package fr.pilotis.access;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins lately: the attempt is refused without checking the password. */
class SignInRefusedException extends AuthenticationException {

    private final transient Duration window;

    SignInRefusedException(Duration window) {
        super("too many failed sign-ins");
        this.window = window;
    }

    long minutes() {
        return Math.max(1, window.toMinutes());
    }
}
