package dev.microcred.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * The Avro model to read and write a generated class with. Avro's shared default resolves generated
 * classes through Avro's own class loader, which under Quarkus's test and dev class loaders may hand
 * back a copy from another loader (ClassCastException); this one resolves them through the loader of
 * the class itself, with the logical-type conversions (timestamps, dates) the class registered.
 */
public final class SpecificModel {
    private SpecificModel() {
    }

    /** Built once per class: a model caches the schemas it derives, and consumers convert every record. */
    private static final ClassValue<SpecificData> MODELS = new ClassValue<>() {
        @Override
        protected SpecificData computeValue(Class<?> type) {
            SpecificData model = new SpecificData(type.getClassLoader());
            SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
            return model;
        }
    };

    /**
     * Readers per class and writer schema: building one resolves the two schemas, which costs more
     * than reading a record, and consumers read the same few writer schemas over and over.
     */
    private static final ClassValue<Map<Schema, SpecificDatumReader<?>>> READERS = new ClassValue<>() {
        @Override
        protected Map<Schema, SpecificDatumReader<?>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    public static SpecificData of(Class<? extends SpecificRecord> type) {
        return MODELS.get(type);
    }

    /**
     * A record read generically (in the writer's schema, as consumers read registry-framed values
     * here) as the generated class, resolving schema evolution the Avro way. Consumers read
     * generically because the serdes' own specific reader uses Avro's shared default model.
     *
     * @throws IllegalArgumentException when the record cannot become the type
     */
    public static <T extends SpecificRecord> T convert(GenericRecord record, Class<T> type) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
            return readerOf(record.getSchema(), type).read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("record does not match " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> SpecificDatumReader<T> readerOf(Schema writer, Class<T> type) {
        return (SpecificDatumReader<T>) READERS.get(type).computeIfAbsent(writer, w -> {
            SpecificData data = of(type);
            UnionBranches.requireKnown(w, data.getSchema(type));
            return new SpecificDatumReader<T>(w, data.getSchema(type), data);
        });
    }
}
