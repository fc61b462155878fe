package fr.pilotis.administration;

import fr.pilotis.access.ActivationLink;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A freshly issued activation link, shown once to the admin, with its expiry in French time. */
record IssuedLink(long personId, String displayName, String email, String url, ZonedDateTime expiresAt) {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    static IssuedLink of(ActivationLink link, String displayName) {
        return new IssuedLink(
                link.userId(),
                displayName,
                link.email(),
                link.url(),
                link.expiresAt().atZone(FRANCE));
    }
}
