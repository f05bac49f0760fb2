package dev.microcred.status.verify;

import dev.microcred.schemas.IssuerProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verification-meta.json clients may fetch at a verify base: who the issuer is and how to show
 * each status we can answer. No normalization rules are published, so none can ever change.
 */
public final class VerificationMeta {
    private VerificationMeta() {
    }

    public static Map<String, Object> of(IssuerProfile issuer) {
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("OK", type("affirming", "Valid: credential current and verified by " + issuer.getDomain()));
        types.put("EXPIRED", type("warning", "Expired: validity period has passed (may still show historical competency)"));
        types.put("SUPERSEDED", type("warning", "Superseded: replaced by an updated version"));
        types.put("REVOKED", type("denying", "Revoked: withdrawn by the issuer (fraud, misconduct or issuer policy)"));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("issuer", issuer.getDisplayName());
        meta.put("claimType", "micro-credential");
        meta.put("responseTypes", types);
        return meta;
    }

    private static Map<String, String> type(String cssClass, String text) {
        return Map.of("class", cssClass, "text", text);
    }
}
