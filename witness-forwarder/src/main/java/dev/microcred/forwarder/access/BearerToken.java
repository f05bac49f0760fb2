package dev.microcred.forwarder.access;

import dev.microcred.forwarder.problem.NotAuthenticatedException;

/** The token of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {
    private static final String BEARER = "Bearer ";

    private BearerToken() {
    }

    public static String of(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            throw new NotAuthenticatedException("send Authorization: Bearer <token>");
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
