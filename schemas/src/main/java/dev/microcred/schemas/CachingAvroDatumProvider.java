package dev.microcred.schemas;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;

/**
 * Apicurio's datum provider, with the readers and writers it makes kept per schema instance.
 * Apicurio's own cache is keyed by the schema's parsing fingerprint, which it computes again for
 * every record (the schema's canonical form, then a CRC-64 over it): profiles of the issuance
 * benchmark showed that as the largest single cost of serializing in status-stream. Schemas are
 * immutable, their hash is cached, and a serde sees the same few instances over and over, so a
 * lookup here is cheap; the cache is bounded by the schemas in use. Every service names this class
 * in {@code apicurio.registry.avro-datum-provider}.
 */
public class CachingAvroDatumProvider<T> extends DefaultAvroDatumProvider<T> {
    private final Map<Schema, DatumWriter<T>> specificWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<T>> genericWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumReader<T>> readers = new ConcurrentHashMap<>();

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        Map<Schema, DatumWriter<T>> writers = data instanceof org.apache.avro.specific.SpecificRecord
                ? specificWriters : genericWriters;
        return writers.computeIfAbsent(schema, s -> super.createDatumWriter(data, s));
    }

    /** A resolving reader is built only for a writer schema whose union branches the reader knows ({@link UnionBranches}). */
    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        return readers.computeIfAbsent(schema, writer -> {
            DatumReader<T> reader = super.createDatumReader(writer);
            if (reader instanceof GenericDatumReader<T> resolving && resolving.getExpected() != null) {
                UnionBranches.requireKnown(writer, resolving.getExpected());
            }
            return reader;
        });
    }
}
