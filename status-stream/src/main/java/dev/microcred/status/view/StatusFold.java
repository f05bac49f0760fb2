package dev.microcred.status.view;

import dev.microcred.schemas.CredentialDeleted;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialExpired;
import dev.microcred.schemas.CredentialIssued;
import dev.microcred.schemas.CredentialRevoked;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.CredentialSuperseded;
import dev.microcred.schemas.StatusDelta;
import java.util.Optional;

/**
 * How one event changes the status of one hash. Pure: the topology calls it with what the store
 * holds. An event at or below the last folded sequence is a replay and changes nothing, and a
 * deleted hash stays deleted, so redelivery can never resurrect or rewind a credential. A hash is
 * issued once: an Issued event for a hash already known (revoked, say) changes nothing.
 */
public final class StatusFold {
    private StatusFold() {
    }

    /** The new view and its delta, or empty when the event changes nothing. */
    public static Optional<StatusChange> apply(CredentialStatus current, CredentialEvent event) {
        if (current != null && (event.getSequence() <= current.getLastSequence()
                || current.getState() == CredentialState.DELETED || event.getChange() instanceof CredentialIssued)) {
            return Optional.empty();
        }
        CredentialStatus next = next(current, event);
        return Optional.of(new StatusChange(next, delta(next, event)));
    }

    private static CredentialStatus next(CredentialStatus current, CredentialEvent e) {
        CredentialStatus.Builder view = CredentialStatus.newBuilder()
                .setHash(e.getHash()).setIssuerId(e.getIssuerId()).setIssuerDomain(e.getIssuerDomain())
                .setVerifyBasePath(e.getVerifyBasePath()).setDocumentType(e.getDocumentType())
                .setCredentialCode(e.getCredentialCode()).setLevel(e.getLevel()).setIssuedAt(e.getIssuedAt())
                .setValidUntil(e.getValidUntil()).setChangedAt(e.getOccurredAt())
                .setLastEventId(e.getEventId()).setLastSequence(e.getSequence())
                .setReason(null).setSupersededBy(null);
        Object change = e.getChange();
        if (change instanceof CredentialIssued) {
            view.setState(CredentialState.VALID);
        } else if (change instanceof CredentialRevoked revoked) {
            view.setState(CredentialState.REVOKED).setReason(revoked.getReason());
        } else if (change instanceof CredentialSuperseded superseded) {
            view.setState(CredentialState.SUPERSEDED).setSupersededBy(superseded.getSupersededBy());
        } else if (change instanceof CredentialDeleted) {
            view.setState(CredentialState.DELETED);
        } else if (change instanceof CredentialExpired) {
            view.setState(CredentialState.EXPIRED);
        } else {
            throw new IllegalArgumentException("unknown change " + change.getClass().getName());
        }
        return view.build();
    }

    private static StatusDelta delta(CredentialStatus view, CredentialEvent e) {
        String related = e.getChange() instanceof CredentialIssued issued ? issued.getSupersedes() : view.getSupersededBy();
        return StatusDelta.newBuilder()
                .setDeltaId(e.getEventId()).setHash(view.getHash()).setRelatedHash(related)
                .setState(view.getState()).setReason(view.getReason())
                .setIssuerId(view.getIssuerId()).setIssuerDomain(view.getIssuerDomain())
                .setIssuerSequence(e.getIssuerSequence()).setJurisdictions(e.getJurisdictions())
                .setDocumentType(view.getDocumentType())
                .setCredentialCode(view.getCredentialCode()).setLevel(view.getLevel())
                .setIssuedAt(view.getIssuedAt()).setValidUntil(view.getValidUntil())
                .setChangedAt(view.getChangedAt())
                .build();
    }
}
