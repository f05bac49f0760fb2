package dev.microcred.status.view;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.StatusDelta;

/** What one folded event produced: the new view of the hash and the delta that describes the change. */
public record StatusChange(CredentialStatus view, StatusDelta delta) {
}
