package dev.microcred.issuer.ingress.messaging;

import dev.microcred.schemas.SpecificModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * Turns a record read generically (writer's schema) into the generated class (reader's schema),
 * resolving schema evolution the Avro way. Why not the serde's specific reader: it uses Avro's
 * shared default model, which under Quarkus's test and dev class loaders fails with
 * ClassCastException; {@link SpecificModel} does not. (The same idea as witness-forwarder's.)
 */
final class SpecificRecords {
    private SpecificRecords() {
    }

    static <T extends SpecificRecord> T convert(GenericRecord record, Class<T> type) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
            SpecificData data = SpecificModel.of(type);
            SpecificDatumReader<T> reader = new SpecificDatumReader<>(record.getSchema(), data.getSchema(type), data);
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("record does not match " + type.getSimpleName(), e);
        }
    }
}
