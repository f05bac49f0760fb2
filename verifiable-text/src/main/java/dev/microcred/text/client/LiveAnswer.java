package dev.microcred.text.client;

import dev.microcred.text.VerifiableText;
import java.net.URI;
import java.util.Optional;

/**
 * Everything a live-verify client saw while checking one text, step by step.
 *
 * @param text         the text as finally hashed: re-normalized with the issuer's rules when it publishes any
 * @param renormalized true when the issuer's rules changed the normalization
 * @param metadata     the issuer's verification-meta.json, when it published a usable one
 * @param metadataNote what the client made of the metadata request; empty if the issuer could not be reached
 * @param sentTo       the URL the status was asked at; empty if the issuer could not be reached before that
 * @param verdict      how a client reads the answer
 */
public record LiveAnswer(VerifiableText text, boolean renormalized, Optional<IssuerMetadata> metadata,
        Optional<String> metadataNote, Optional<URI> sentTo, Verdict verdict) {

    /** The URL a client would show for the status request: https://, the verify base, the hash and any suffix. */
    public String clientUrl() {
        return "https://" + text.verifyLine().base() + "/" + text.hash()
                + metadata.map(IssuerMetadata::hashSuffix).orElse("");
    }
}
