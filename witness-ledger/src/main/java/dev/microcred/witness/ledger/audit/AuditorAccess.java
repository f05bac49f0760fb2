package dev.microcred.witness.ledger.audit;

import dev.microcred.support.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may see the openings of the leaves' seals: callers with one of the auditor tokens of {@code
 * ledger.auditor.tokens} (a comma-separated list, so a token is rotated with both valid for a while). With no token
 * configured, nobody may.
 */
@ApplicationScoped
public class AuditorAccess {

    private final Optional<BearerTokens> tokens;

    AuditorAccess(@ConfigProperty(name = "ledger.auditor.tokens") Optional<String> tokens) {
        this.tokens = tokens.filter(list -> !list.isBlank()).map(BearerTokens::of);
    }

    /** @throws NotAuditorException unless the Authorization header carries an auditor token */
    public void require(String authorization) {
        if (tokens.isEmpty()) {
            throw new NotAuditorException("this witness has no auditor token configured");
        }
        if (!tokens.get().accepts(authorization)) {
            throw new NotAuditorException("an auditor token is required: Authorization: Bearer <token>");
        }
    }
}
