package fr.pilotis.access;

import java.time.Instant;

/** A freshly issued one-time link; the only moment the token exists in clear. */
public record ActivationLink(long userId, String email, String url, Instant expiresAt) {}
