package dev.microcred.forwarder.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.schemas.SpecificModel;
import dev.microcred.schemas.StatusDelta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** A delta read generically from status-deltas becomes the generated class with every value intact. */
class SpecificModelConversionTest {

    @Test
    void aRevokedLanguageTestKeepsItsReasonInstantsAndValidUntilDay() throws IOException {
        // Given seed credential 5 (valid until January 4, 2028), revoked, as the deserializer reads it generically
        StatusDelta delta = SeedDeltas.documentedExampleBuilder().setState(CredentialState.REVOKED)
                .setReason(RevocationReason.FRAUD).setValidUntil(LocalDate.of(2028, 1, 4)).build();
        GenericRecord generic = generic(delta);
        // When it is converted, Then nothing is lost or mistyped
        StatusDelta converted = SpecificModel.convert(generic, StatusDelta.class);
        assertEquals(delta, converted);
        assertEquals(LocalDate.of(2028, 1, 4), converted.getValidUntil());
    }

    private static GenericRecord generic(StatusDelta delta) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(StatusDelta.class).write(delta, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(StatusDelta.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
}
