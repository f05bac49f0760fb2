package dev.microcred.status.kafka;

import dev.microcred.schemas.AvroCodec;
import dev.microcred.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro single-object encoding, no registry: for the state store and its changelog, which only this
 * service reads. Each value names its schema version, so a store written by the previous release
 * is still read after an upgrade. Public topics go through the registry instead.
 */
public final class AvroBinarySerde<T extends SpecificRecord> implements Serde<T> {
    private final AvroCodec<T> codec;

    /** The serde of the topic's value type. */
    public AvroBinarySerde(Topics topic) {
        this.codec = AvroCodec.of(topic);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : codec.encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : codec.decode(bytes);
    }
}
