package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class AvroCodecTest {
    private static final String SEED_ONE = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    @Test
    void anEventRoundTripsThroughTheOutboxEncoding() {
        CredentialEvent event = CredentialEvent.newBuilder().setEventId("e-1").setSequence(7).setIssuerSequence(3)
                .setOccurredAt(Instant.parse("2026-01-03T10:00:00Z")).setHash(SEED_ONE).setIssuerId("aws-training")
                .setIssuerDomain("aws.training").setVerifyBasePath("/cred").setDocumentType(DocumentType.SKILL_MODULE)
                .setLevel("Advanced").setIssuedAt(Instant.parse("2026-01-03T10:00:00Z"))
                .setValidUntil(LocalDate.parse("2028-01-04")).setChange(new CredentialIssued(null)).build();
        AvroCodec<CredentialEvent> codec = AvroCodec.of(Topics.CREDENTIAL_EVENTS);
        assertEquals(event, codec.decode(codec.encode(event)));
    }

    @Test
    void aValueWrittenWithTheCommittedVersionOneIsReadByTheCurrentSchema() throws Exception {
        // Given an issuer profile written by a release that had only version 1 of the schema
        Schema v1 = new Schema.Parser().parse(AvroCodecTest.class.getResourceAsStream("/schema-history/issuers-value/v1.avsc"));
        GenericRecord old = new GenericData.Record(v1);
        old.put("issuerId", "city-and-guilds");
        old.put("displayName", "City & Guilds");
        old.put("domain", "cityandguilds.com");
        old.put("basePath", "/v");
        old.put("jurisdictions", java.util.List.of("UK"));
        old.put("updatedAt", 1_767_225_600_000L);
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();
        // When the current codec reads it, Then the fields come through
        IssuerProfile read = AvroCodec.<IssuerProfile>of(Topics.ISSUERS).decode(bytes);
        assertEquals("cityandguilds.com", read.getDomain());
    }

    @Test
    void bytesOfNoKnownSchemaAreRefused() {
        assertThrows(RuntimeException.class, () -> AvroCodec.of(Topics.ISSUERS).decode(new byte[] {1, 2, 3}));
    }
}
