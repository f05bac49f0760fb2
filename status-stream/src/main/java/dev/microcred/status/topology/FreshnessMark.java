package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RelayHeartbeat;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * How current one copy of one partition of the status store is: the {@code asOf} of the last
 * {@link RelayHeartbeat} folded into it. The mark is kept in the status store itself, under a key
 * no hash can equal (hashes are 64 hex digits), so it travels through the store's changelog in
 * order with the views: a standby, or an active copy restored after a failover, that holds a mark
 * also holds every change before it. Two stores would not do: a standby applies two changelogs in
 * no fixed order between them.
 * <p>
 * Read the mark before the view: a view read after a mark is at least as current as the mark.
 * The mark's value is a view-shaped record, since the store holds views; only {@link #in} reads
 * it, and lookups never answer for its key.
 */
public final class FreshnessMark {
    public static final String KEY = RelayHeartbeat.KEY;

    private FreshnessMark() {
    }

    /** The heartbeat's {@code asOf} this copy has folded, if any. */
    public static Optional<Instant> in(ReadOnlyKeyValueStore<String, CredentialStatus> store) {
        CredentialStatus mark = store.get(KEY);
        return mark == null ? Optional.empty() : Optional.of(mark.getChangedAt());
    }

    static CredentialStatus of(Instant asOf) {
        return CredentialStatus.newBuilder().setHash(KEY).setState(CredentialState.VALID).setIssuerId("")
                .setIssuerDomain("").setVerifyBasePath("").setDocumentType(DocumentType.UNKNOWN)
                .setIssuedAt(asOf).setChangedAt(asOf).setLastEventId(KEY).setLastSequence(0).build();
    }
}
