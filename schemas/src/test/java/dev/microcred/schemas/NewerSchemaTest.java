package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * An old consumer meets an event of a newer writer: a change kind it does not know (a new union
 * branch, here a suspension). That record is valid and must be read again after the consumer is
 * upgraded, never set aside as poison; bytes that do not decode are poison.
 */
class NewerSchemaTest {

    @Test
    void aChangeKindTheReaderDoesNotKnowIsANewerSchemaNotAnotherChange() throws IOException {
        // Given a newer CredentialEvent schema whose change union has a CredentialSuspended branch, and one such event
        Schema newer = withSuspension(CredentialEvent.getClassSchema());
        GenericRecord suspended = suspendedEvent(newer);
        // When today's consumer reads it (Avro alone would take the suspension for a CredentialIssued)
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> SpecificModel.convert(suspended, CredentialEvent.class));
        // Then the failure says "newer schema", so consumers stop on it instead of skipping or misreading it
        assertTrue(NewerSchema.explains(failure), failure.toString());
    }

    @Test
    void avroAloneWouldTakeTheSuspensionForAnIssueWhichIsWhyConsumersCheckBranches() throws IOException {
        // Avro resolves an unknown union branch to the first reader branch it can read it as
        Schema newer = withSuspension(CredentialEvent.getClassSchema());
        GenericRecord suspended = suspendedEvent(newer);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.apache.avro.io.BinaryEncoder encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(bytes, null);
        new org.apache.avro.generic.GenericDatumWriter<GenericRecord>(newer).write(suspended, encoder);
        encoder.flush();
        CredentialEvent misread = new SpecificDatumReader<CredentialEvent>(newer, CredentialEvent.getClassSchema(),
                SpecificModel.of(CredentialEvent.class)).read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        assertTrue(misread.getChange() instanceof CredentialIssued, String.valueOf(misread.getChange()));
        assertThrows(org.apache.avro.AvroTypeException.class,
                () -> UnionBranches.requireKnown(newer, CredentialEvent.getClassSchema()));
    }

    @Test
    void theSchemasOfTodayAndOlderOnesReadWithoutComplaint() {
        for (Topics topic : Topics.values()) {
            UnionBranches.requireKnown(topic.valueSchema(), topic.valueSchema());
        }
        // An older writer knows fewer branches than today's reader: nothing is unknown to the reader
        UnionBranches.requireKnown(CredentialEvent.getClassSchema(), withSuspension(CredentialEvent.getClassSchema()));
    }

    @Test
    void bytesThatDoNotDecodeAreNotANewerSchema() {
        Exception failure = assertThrows(Exception.class, () -> new SpecificDatumReader<CredentialEvent>(
                CredentialEvent.getClassSchema(), CredentialEvent.getClassSchema(), SpecificModel.of(CredentialEvent.class))
                .read(null, DecoderFactory.get().binaryDecoder(new byte[] {2, 'x'}, null)));
        assertFalse(NewerSchema.explains(failure), failure.toString());
    }

    /** CredentialEvent as a newer writer might have it: one more kind of change. */
    static Schema withSuspension(Schema current) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : current.getFields()) {
            Schema type = field.schema();
            if (field.name().equals("change")) {
                List<Schema> branches = new ArrayList<>(type.getTypes());
                branches.add(Schema.createRecord("CredentialSuspended", null, current.getNamespace(), false,
                        List.of(new Schema.Field("until", Schema.create(Schema.Type.LONG)))));
                type = Schema.createUnion(branches);
            }
            fields.add(new Schema.Field(field, type));
        }
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static GenericRecord suspendedEvent(Schema newer) {
        GenericRecord event = new GenericData.Record(newer);
        event.put("eventId", "5b6f1c9e-0000-4000-8000-000000000001");
        event.put("sequence", 42L);
        event.put("issuerSequence", 7L);
        event.put("occurredAt", Instant.parse("2026-02-01T12:00:00Z").toEpochMilli());
        event.put("hash", "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded");
        event.put("issuerId", "aws-training");
        event.put("issuerDomain", "aws.training");
        event.put("verifyBasePath", "/cred");
        event.put("documentType", new GenericData.EnumSymbol(newer.getField("documentType").schema(), "SKILL_MODULE"));
        event.put("issuedAt", Instant.parse("2026-01-03T00:00:00Z").toEpochMilli());
        event.put("jurisdictions", List.of("US"));
        Schema suspension = newer.getField("change").schema().getTypes().stream()
                .filter(s -> s.getName().equals("CredentialSuspended")).findFirst().orElseThrow();
        GenericRecord change = new GenericData.Record(suspension);
        change.put("until", Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        event.put("change", change);
        return event;
    }
}
