package dev.microcred.talent.attestation;

import dev.microcred.text.ContentHash;

/**
 * One colleague vouching in a peer attestation: the hash of the attestor's own credential (which must verify for the
 * vouching to count), how they worked with the holder, and what exactly they vouch for.
 */
public record Attestor(String credentialHash, String relationship, String claim) {

    /** @throws IllegalArgumentException when the hash is not 64 lower-case hex characters or a text is missing */
    public Attestor {
        if (!ContentHash.isSha256Hex(credentialHash)) {
            throw new IllegalArgumentException("an attestor's credential is named by its hash, 64 lower-case hex characters");
        }
        if (relationship == null || relationship.isBlank() || claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("an attestor states the relationship and the specific claim");
        }
    }
}
