package dev.microcred.issuer.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.document.DateStyle;
import dev.microcred.issuer.document.DocumentType;
import java.util.List;
import java.util.Set;

/** An issuer; {@code apiKey} appears once, in the answer that created the issuer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssuerResponse(String id, String displayName, String verifyBase, String domain, String basePath,
        List<String> jurisdictions, DateStyle dateStyle, Set<DocumentType> serialOff, ApiKeyResponse apiKey) {

    static IssuerResponse of(Issuer issuer, ApiKeyResponse apiKey) {
        return new IssuerResponse(issuer.id(), issuer.displayName(), issuer.verifyBase().toString(),
                issuer.verifyBase().domain(), issuer.verifyBase().path(), issuer.jurisdictions(), issuer.dateStyle(),
                issuer.serialOff(), apiKey);
    }
}
