package dev.microcred.forwarder.delta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.schemas.StatusDelta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire delta of docs/witnessing.md §1: the only shape in which a witness ever sees a status
 * change. Built field by field from an allow-list, in the documented order, so a field added to
 * the Avro record can never leak to witnesses by accident.
 */
public final class WireDelta {
    /** Version of the JSON contract; a change of meaning raises it. */
    public static final int VERSION = 1;

    /** The documented fields, in order. */
    public static final List<String> FIELDS = List.of("v", "deltaId", "hash", "relatedHash", "status", "reason",
            "issuerId", "issuerDomain", "issuerSequence", "jurisdictions", "documentType", "credentialCode", "level",
            "issuedAt", "validUntil", "changedAt");

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireDelta() {
    }

    /** One compact JSON object; instants in RFC 3339 UTC ({@code Z}), validUntil as YYYY-MM-DD. */
    public static String of(StatusDelta delta) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("v", VERSION);
        wire.put("deltaId", delta.getDeltaId());
        wire.put("hash", delta.getHash());
        wire.put("relatedHash", delta.getRelatedHash());
        wire.put("status", delta.getState().name());
        wire.put("reason", delta.getReason() == null ? null : delta.getReason().name());
        wire.put("issuerId", delta.getIssuerId());
        wire.put("issuerDomain", delta.getIssuerDomain());
        wire.put("issuerSequence", delta.getIssuerSequence());
        wire.put("jurisdictions", List.copyOf(delta.getJurisdictions()));
        wire.put("documentType", delta.getDocumentType().name());
        wire.put("credentialCode", delta.getCredentialCode());
        wire.put("level", delta.getLevel());
        wire.put("issuedAt", delta.getIssuedAt().toString());
        wire.put("validUntil", delta.getValidUntil() == null ? null : delta.getValidUntil().toString());
        wire.put("changedAt", delta.getChangedAt().toString());
        try {
            return JSON.writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
