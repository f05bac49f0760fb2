package dev.microcred.witness.ledger.push.api;

import dev.microcred.witness.ledger.append.Appended;
import dev.microcred.witness.ledger.append.Receipt;
import dev.microcred.witness.ledger.append.persistence.LedgerAppends;
import dev.microcred.witness.ledger.delta.InvalidDeltaException;
import dev.microcred.witness.ledger.delta.WireDelta;
import dev.microcred.witness.ledger.metrics.LedgerMetrics;
import dev.microcred.witness.ledger.push.PushAuthenticator;
import dev.microcred.witness.ledger.push.PushBatch;
import dev.microcred.witness.ledger.push.PushDisabledException;
import dev.microcred.witness.ledger.push.PushRejectedException;
import dev.microcred.witness.ledger.push.PushRejectedException.Reason;
import dev.microcred.witness.ledger.push.SignedPush;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /witness/v1/deltas}, the push protocol. The body is taken as raw bytes because the signature covers
 * exactly those bytes; it is parsed only once authenticated. Its text is stored with the leaves as evidence.
 */
@Path("/witness/v1/deltas")
public class PushResource {

    private final Optional<PushAuthenticator> authenticator;
    private final String witnessId;
    private final LedgerAppends appends;
    private final LedgerMetrics metrics;

    PushResource(@ConfigProperty(name = "ledger.witness-id") String witnessId,
            @ConfigProperty(name = "ledger.push.secret") Optional<List<String>> secrets,
            @ConfigProperty(name = "ledger.push.max-skew") Duration maxSkew, LedgerAppends appends,
            LedgerMetrics metrics) {
        this.witnessId = witnessId;
        this.authenticator = secrets.map(s -> new PushAuthenticator(witnessId, s, maxSkew, Clock.systemUTC()));
        this.appends = appends;
        this.metrics = metrics;
    }

    public record PushResponse(List<Receipt> receipts) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public PushResponse push(@HeaderParam("Witness-Id") String id, @HeaderParam("Witness-Timestamp") String timestamp,
            @HeaderParam("Witness-Signature") String signature, byte[] body) {
        PushAuthenticator gate = authenticator.orElseThrow(PushDisabledException::new);
        try {
            SignedPush push = gate.authenticate(id, timestamp, signature, body == null ? new byte[0] : body);
            List<WireDelta> deltas = PushBatch.read(push.body(), witnessId);
            Appended appended = appends.pushed(push.signature(), push.timestamp(),
                    new String(push.body(), StandardCharsets.UTF_8), deltas)
                    .orElseThrow(() -> new PushRejectedException(Reason.REPLAYED,
                            "this signature was accepted before: the request is a replay"));
            return new PushResponse(appended.receipts());
        } catch (PushRejectedException e) {
            metrics.pushRejected(e.reason().tag());
            throw e;
        } catch (InvalidDeltaException e) {
            metrics.pushRejected("invalid-delta");
            throw e;
        }
    }
}
