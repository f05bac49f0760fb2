package dev.microcred.status.verify;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.lookup.Lookup;
import java.time.LocalDate;

/**
 * The protocol's domain binding and status rules for one looked-up view. A hash answers only on the
 * domain of the issuer that issued it and below that issuer's base path (any per-credential segment
 * under it is accepted, since it is not part of the hashed text); elsewhere it is 404, exactly like
 * a forgery. Being under the hash's own issuer's base is enough because issuer-service refuses
 * overlapping bases, so no other issuer's base can contain the request's path. Validity runs through
 * the validUntil day (UTC); EXPIRED from the next day.
 */
public final class DomainBinding {
    private DomainBinding() {
    }

    /**
     * @param host the requested host, lower case, no port
     * @param directory the request path before the hash, e.g. {@code /cred/jc-lambda-2026}
     */
    public static VerifyAnswer answer(CredentialStatus view, String host, String directory, LocalDate today) {
        if (view == null || view.getState() == CredentialState.DELETED
                || !view.getIssuerDomain().equals(host) || !under(directory, view.getVerifyBasePath())) {
            return new VerifyAnswer.Unknown();
        }
        return switch (view.getState()) {
            case VALID -> view.getValidUntil() != null && today.isAfter(view.getValidUntil())
                    ? new VerifyAnswer.Changed("EXPIRED") : new VerifyAnswer.Valid();
            case EXPIRED, REVOKED, SUPERSEDED -> new VerifyAnswer.Changed(view.getState().name());
            case DELETED -> new VerifyAnswer.Unknown();
        };
    }

    /**
     * The answer to a request from whatever the lookup found: the binding above for a stored view,
     * 503 when no copy could answer, 404 when none holds the hash.
     */
    public static VerifyAnswer answer(Lookup found, VerifyRequest request, LocalDate today) {
        if (found instanceof Lookup.Found view) {
            return answer(view.view(), request.host(), request.directory(), today);
        }
        return found instanceof Lookup.NotReady
                ? new VerifyAnswer.NotReady(VerifyResponses.RETRY_AFTER_SECONDS) : new VerifyAnswer.Unknown();
    }

    /** True when {@code directory} is {@code base} or lies below it ({@code base + "/"} is a prefix, without building it). */
    public static boolean under(String directory, String base) {
        return base.isEmpty() || directory.startsWith(base)
                && (directory.length() == base.length() || directory.charAt(base.length()) == '/');
    }
}
