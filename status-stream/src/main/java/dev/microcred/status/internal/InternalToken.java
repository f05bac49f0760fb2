package dev.microcred.status.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token of the internal endpoints, shared by the issuer's tools and by the instances
 * that ask each other for views. Compared in constant time.
 */
@ApplicationScoped
public class InternalToken {
    private final byte[] expected;

    InternalToken(@ConfigProperty(name = "status.internal-token") String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    public boolean accepts(String authorization) {
        return authorization != null
                && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8));
    }

    public static Response challenge() {
        return InternalProblem.notAuthenticated();
    }
}
