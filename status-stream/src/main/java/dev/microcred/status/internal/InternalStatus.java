package dev.microcred.status.internal;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import dev.microcred.support.access.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * For the issuer's own tools, at {@code /internal/v1/status/{hash}} on the management port
 * ({@link InternalRoutes}): the whole status view of a hash (reason, replacement, dates), behind
 * a bearer token. Like the public endpoint, it answers for any hash, fetching the view from the
 * instance that holds it, so it may wait on another instance and runs off the event loop.
 */
@ApplicationScoped
public class InternalStatus {
    static final int RETRY_AFTER_SECONDS = 5;
    private final StatusLookup lookup;
    private final BearerTokens token;
    private final Clock clock;

    InternalStatus(StatusLookup lookup, @Named(InternalTokens.TOOLS) BearerTokens token, Clock clock) {
        this.lookup = lookup;
        this.token = token;
        this.clock = clock;
    }

    /** The detailed view; EXPIRED is derived as on the public endpoint. */
    public record StatusDetail(String hash, String status, String reason, String supersededBy, String issuerId,
            String issuerDomain, String verifyBasePath, String documentType, String credentialCode, String level,
            String issuedAt, String validUntil, String changedAt, long lastSequence) {
    }

    public InternalAnswer status(String authorization, String hash) {
        if (!token.accepts(authorization)) {
            return InternalProblem.notAuthenticated();
        }
        Lookup found = lookup.find(hash.toLowerCase(Locale.ROOT));
        if (found instanceof Lookup.NotReady) {
            return InternalProblem.notReady(RETRY_AFTER_SECONDS);
        }
        if (!(found instanceof Lookup.Found view)) {
            return InternalProblem.unknownHash();
        }
        return InternalAnswer.json(detail(view.view()));
    }

    private StatusDetail detail(CredentialStatus v) {
        boolean expired = v.getState().name().equals("VALID") && v.getValidUntil() != null
                && LocalDate.now(clock).isAfter(v.getValidUntil());
        return new StatusDetail(v.getHash(), expired ? "EXPIRED" : v.getState().name(),
                v.getReason() == null ? null : v.getReason().name(), v.getSupersededBy(), v.getIssuerId(),
                v.getIssuerDomain(), v.getVerifyBasePath(), v.getDocumentType().name(), v.getCredentialCode(), v.getLevel(),
                v.getIssuedAt().toString(), v.getValidUntil() == null ? null : v.getValidUntil().toString(),
                v.getChangedAt().toString(), v.getLastSequence());
    }
}
