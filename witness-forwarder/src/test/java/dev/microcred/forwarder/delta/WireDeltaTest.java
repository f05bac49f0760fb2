package dev.microcred.forwarder.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.StatusDelta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireDeltaTest {

    @Test
    void revokedSeedDeltaIsTheDocumentedExampleByteForByte() {
        // Given the delta of the example in docs/witnessing.md §1
        StatusDelta delta = SeedDeltas.documentedExample();

        // When it is put on the wire
        String json = WireDelta.of(delta);

        // Then it is exactly the documented example
        assertEquals("{\"v\":1,\"deltaId\":\"0b6f3c1e-8a57-4a52-9d8e-4a1f3b2c9d10\","
                + "\"hash\":\"3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded\",\"relatedHash\":null,"
                + "\"status\":\"REVOKED\",\"reason\":\"FRAUD\",\"issuerId\":\"aws-training\",\"issuerDomain\":\"aws.training\","
                + "\"issuerSequence\":7,\"jurisdictions\":[\"US\"],\"documentType\":\"SKILL_MODULE\","
                + "\"credentialCode\":\"AWS Lambda Deep Dive\",\"level\":\"Advanced\",\"issuedAt\":\"2026-01-03T10:15:00Z\","
                + "\"validUntil\":null,\"changedAt\":\"2026-02-01T08:00:00Z\"}", json);
    }

    @Test
    void wireDeltaCarriesExactlyTheDocumentedFieldsInOrder() throws Exception {
        // Given a delta with every optional field set
        StatusDelta delta = SeedDeltas.documentedExampleBuilder()
                .setState(CredentialState.SUPERSEDED).setReason(null)
                .setRelatedHash("aa".repeat(32)).setValidUntil(LocalDate.of(2027, 3, 31)).build();

        // When it is put on the wire
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(WireDelta.of(delta)).fieldNames().forEachRemaining(names::add);

        // Then the field names are the documented ones and nothing else
        assertEquals(List.of("v", "deltaId", "hash", "relatedHash", "status", "reason", "issuerId", "issuerDomain",
                "issuerSequence", "jurisdictions", "documentType", "credentialCode", "level", "issuedAt", "validUntil",
                "changedAt"), names);
        assertEquals(WireDelta.FIELDS, names);
    }

    @Test
    void datesAreIsoDaysAndInstantsKeepTheirMillisecondsInUtc() {
        StatusDelta delta = SeedDeltas.documentedExampleBuilder()
                .setValidUntil(LocalDate.of(2027, 3, 31))
                .setChangedAt(java.time.Instant.parse("2026-02-01T08:00:00.412Z")).build();

        String json = WireDelta.of(delta);

        assertEquals(true, json.contains("\"validUntil\":\"2027-03-31\""), json);
        assertEquals(true, json.contains("\"changedAt\":\"2026-02-01T08:00:00.412Z\""), json);
    }
}
