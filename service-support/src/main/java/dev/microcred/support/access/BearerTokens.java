package dev.microcred.support.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * The bearer tokens one kind of caller may present, from a comma-separated setting. Every token in
 * the list is accepted, so a token is rotated without a moment when callers are locked out: add the
 * new one, move the callers to it, drop the old one. A caller of this service sends the first.
 * Compared in constant time.
 */
public final class BearerTokens {
    private final List<String> tokens;
    private final List<byte[]> headers;

    private BearerTokens(List<String> tokens) {
        this.tokens = tokens;
        this.headers = tokens.stream().map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** @throws IllegalArgumentException when the list holds no token */
    public static BearerTokens of(String commaSeparated) {
        List<String> tokens = Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a token list must hold at least one token");
        }
        return new BearerTokens(tokens);
    }

    public boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        byte[] presented = authorization.getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (byte[] header : headers) {
            accepted |= MessageDigest.isEqual(header, presented);
        }
        return accepted;
    }

    /**
     * @param refusal what a refused caller is told, e.g. "the operator token is not valid"
     * @throws NotAuthenticatedException unless the header carries one of the tokens
     */
    public void require(String authorization, String refusal) {
        if (!accepts(authorization)) {
            throw new NotAuthenticatedException(refusal);
        }
    }

    /** The Authorization header this service sends: the first token's. */
    public String authorization() {
        return "Bearer " + tokens.get(0);
    }
}
