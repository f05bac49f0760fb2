package dev.microcred.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding (marker, schema fingerprint, body) for bytes that outlive a
 * deployment without a registry: the issuer's outbox rows and status-stream's store. Decoding
 * knows every committed version in {@code schemas/history}, so a row written by the previous
 * release is read with its own schema and resolved to the current one.
 */
public final class AvroCodec<T extends SpecificRecord> {
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroCodec(Topics topic) {
        SpecificData data = SpecificModel.of(topic.valueType());
        this.encoder = new BinaryMessageEncoder<>(data, topic.valueSchema());
        this.decoder = new BinaryMessageDecoder<>(data, topic.valueSchema());
        for (int version = 1; ; version++) {
            Schema committed = committed(topic, version);
            if (committed == null) {
                break;
            }
            decoder.addSchema(committed);
        }
    }

    private static final Map<Topics, AvroCodec<?>> CODECS = new ConcurrentHashMap<>();

    /** The codec of a topic's value type (built once); the caller names the type it expects. */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> AvroCodec<T> of(Topics topic) {
        return (AvroCodec<T>) CODECS.computeIfAbsent(topic, AvroCodec::new);
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("not a value written with any committed schema version", e);
        }
    }

    private static Schema committed(Topics topic, int version) {
        String resource = "/schema-history/" + topic.valueSubject() + "/v" + version + ".avsc";
        try (InputStream in = AvroCodec.class.getResourceAsStream(resource)) {
            return in == null ? null : new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
