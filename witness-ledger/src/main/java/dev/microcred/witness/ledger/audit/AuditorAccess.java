package dev.microcred.witness.ledger.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may see the openings of the leaves' seals: callers with one of the auditor tokens of {@code
 * ledger.auditor.tokens} (a comma-separated list, so a token is rotated with both valid for a while). With no token
 * configured, nobody may. Tokens are kept and compared as SHA-256 digests, in constant time, so neither the
 * comparison's time nor a heap dump gives a token away.
 */
@ApplicationScoped
public class AuditorAccess {

    private static final String SCHEME = "Bearer ";

    private final List<byte[]> digests;

    AuditorAccess(@ConfigProperty(name = "ledger.auditor.tokens") Optional<String> tokens) {
        this.digests = tokens.map(list -> Arrays.stream(list.split(","))).orElseGet(java.util.stream.Stream::empty)
                .map(String::trim).filter(token -> !token.isEmpty()).map(AuditorAccess::digest).toList();
    }

    /** @throws NotAuditorException unless the Authorization header carries an auditor token */
    public void require(String authorization) {
        if (digests.isEmpty()) {
            throw new NotAuditorException("this witness has no auditor token configured");
        }
        if (authorization == null || !authorization.startsWith(SCHEME) || !known(digest(authorization.substring(SCHEME.length())))) {
            throw new NotAuditorException("an auditor token is required: Authorization: Bearer <token>");
        }
    }

    private boolean known(byte[] presented) {
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, presented);
        }
        return found;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
