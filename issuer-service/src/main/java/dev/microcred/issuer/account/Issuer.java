package dev.microcred.issuer.account;

import dev.microcred.issuer.document.DateStyle;
import dev.microcred.issuer.document.DocumentType;
import java.util.List;
import java.util.Set;

/**
 * An organisation whose credentials verify under its own domain and base path, e.g.
 * {@code aws.training/cred}. It answers to one or more jurisdictions, whose witness firms receive
 * its hashes.
 */
public record Issuer(String id, String displayName, VerifyBase verifyBase, List<String> jurisdictions,
        DateStyle dateStyle, Set<DocumentType> serialOff) {

    public Issuer {
        jurisdictions = List.copyOf(jurisdictions);
        serialOff = Set.copyOf(serialOff);
    }

    /** The privacy salt is on unless the issuer turned it off for this document type. */
    public boolean saltsWithSerial(DocumentType type) {
        return !serialOff.contains(type);
    }
}
