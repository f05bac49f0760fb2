package dev.microcred.status.internal;

import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import dev.microcred.status.lookup.StoredStatus;
import dev.microcred.support.access.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Instance to instance, at {@code /internal/v1/lookup/{hash}} on the management port
 * ({@link InternalRoutes}): the stored view of a hash from this instance's own copies (its active
 * store, or a standby within the lag bound), never forwarded again, so a lookup makes one hop at
 * most. 404 only when such a copy has no such hash; 503 when none may answer. The asking instance
 * applies the domain binding, so the public answer is built in one place. It reads local stores
 * only, never another instance, so it answers on the event loop, without a thread hop per forward.
 */
@ApplicationScoped
public class InternalLookup {
    private final StatusLookup lookup;
    private final BearerTokens token;

    InternalLookup(StatusLookup lookup, @Named(InternalTokens.PEERS) BearerTokens token) {
        this.lookup = lookup;
        this.token = token;
    }

    public InternalAnswer lookup(String authorization, String hash) {
        if (!token.accepts(authorization)) {
            return InternalProblem.notAuthenticated();
        }
        Lookup found = lookup.findHere(hash.toLowerCase(Locale.ROOT));
        if (found instanceof Lookup.Found view) {
            return InternalAnswer.json(StoredStatus.of(view.view()));
        }
        return found instanceof Lookup.NotFound ? InternalProblem.unknownHash()
                : InternalProblem.notReady(InternalStatus.RETRY_AFTER_SECONDS);
    }
}
