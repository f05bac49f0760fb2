package dev.microcred.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The outbox relay's promise, written into every partition of credential-events: "every event
 * committed to the issuer database before {@code asOf} is on this partition before this record".
 * The relay writes one per partition, after a batch that emptied the outbox (or alone when the
 * outbox is idle), at least every heartbeat interval. A reader that has folded a partition up to
 * a heartbeat knows its view is at most {@code now - asOf} old, whether the relay, the broker or
 * the reader itself stalled since.
 * <p>
 * On the wire it is a record without a value (readers of credential-events skip null values, so
 * readers that predate it ignore it), keyed {@link #KEY}, with {@code asOf} in epoch milliseconds
 * in the {@link #HEADER} header and as the record's timestamp. It carries nothing else.
 */
public final class RelayHeartbeat {
    public static final String KEY = "relay-heartbeat";
    public static final String HEADER = "relay-heartbeat";

    private RelayHeartbeat() {
    }

    /** The heartbeat for one partition of {@code topic}; the value type is the topic's, the value null. */
    public static <V> ProducerRecord<String, V> record(String topic, int partition, Instant asOf) {
        ProducerRecord<String, V> record = new ProducerRecord<>(topic, partition, asOf.toEpochMilli(), KEY, (V) null);
        record.headers().add(HEADER, Long.toString(asOf.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The heartbeat's {@code asOf}, when these are a heartbeat's headers; empty for any other record. */
    public static Optional<Instant> asOf(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(new String(header.value(), StandardCharsets.UTF_8))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
