package dev.microcred.support.access;

/** The token of an {@code Authorization: Bearer <token>} header, for tokens looked up by their digest. */
public final class Bearer {
    private static final String PREFIX = "Bearer ";

    private Bearer() {
    }

    /** @throws NotAuthenticatedException when the header is missing or carries no bearer token */
    public static String token(String authorization) {
        if (authorization == null || !authorization.startsWith(PREFIX) || authorization.isBlank()
                || authorization.substring(PREFIX.length()).isBlank()) {
            throw new NotAuthenticatedException("send Authorization: Bearer <token>");
        }
        return authorization.substring(PREFIX.length()).trim();
    }
}
