package dev.microcred.issuer.account.api;

import dev.microcred.issuer.document.DocumentType;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The document types whose text goes without the random serial line. Empty turns it on everywhere. */
public record PrivacySaltRequest(@NotNull Set<DocumentType> serialOff) {
}
