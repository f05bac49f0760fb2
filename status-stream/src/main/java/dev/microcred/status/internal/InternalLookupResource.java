package dev.microcred.status.internal;

import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.PeerClient;
import dev.microcred.status.lookup.StatusLookup;
import dev.microcred.status.lookup.StoredStatus;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Instance to instance: the stored view of a hash from this instance's own copies (its active
 * store, or a standby within the lag bound), never forwarded again, so a lookup makes one hop at
 * most. 404 only when such a copy has no such hash; 503 when none may answer. The asking instance
 * applies the domain binding, so the public answer is built in one place. It reads local stores
 * only, never another instance, so it answers on the event loop, without a thread hop per forward.
 */
@Path(PeerClient.PATH + "{hash}")
public class InternalLookupResource {
    private final StatusLookup lookup;
    private final BearerTokens token;

    InternalLookupResource(StatusLookup lookup, @Named(InternalTokens.PEERS) BearerTokens token) {
        this.lookup = lookup;
        this.token = token;
    }

    @GET
    @NonBlocking
    public Response lookup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("hash") String hash) {
        if (!token.accepts(authorization)) {
            return InternalProblem.notAuthenticated();
        }
        Lookup found = lookup.findHere(hash.toLowerCase(Locale.ROOT));
        if (found instanceof Lookup.Found view) {
            return Response.ok(StoredStatus.of(view.view()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return found instanceof Lookup.NotFound ? InternalProblem.unknownHash()
                : InternalProblem.notReady(InternalStatusResource.RETRY_AFTER_SECONDS);
    }
}
