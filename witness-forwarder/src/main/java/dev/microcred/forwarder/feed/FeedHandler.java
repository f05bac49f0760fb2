package dev.microcred.forwarder.feed;

import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import dev.microcred.schemas.StatusDelta;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The logic of one poll: read every record, set aside those that can never be read, and make both
 * outcomes durable (rejections on their topic, deltas in the index) before the caller commits.
 * A transient failure (registry, broker or database away) propagates, so nothing is committed and
 * the whole poll is read again; the index de-duplicates what it already holds.
 */
final class FeedHandler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FeedHandler.class);

    private final RegistryValues values;
    private final FeedIndex index;
    private final RejectedRecords rejected;

    FeedHandler(RegistryValues values, FeedIndex index, RejectedRecords rejected) {
        this.values = values;
        this.index = index;
        this.rejected = rejected;
    }

    /** The number of deltas indexed; rejected records are logged with their coordinates only. */
    int handle(Iterable<ConsumerRecord<byte[], byte[]>> records) throws Exception {
        List<IndexedDelta> deltas = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() == null) {
                continue; // status-deltas has no tombstones; never trip over one
            }
            try {
                deltas.add(decode(record));
            } catch (RegistryValues.Unreadable e) {
                rejections.add(new Rejection(record.topic(), record.partition(), record.offset(), record.key(),
                        record.value(), e.getMessage()));
            }
        }
        if (!rejections.isEmpty()) {
            rejected.publish(rejections);
            rejections.forEach(r -> LOG.errorf("rejected unreadable record %s-%d@%d to %s (see its reason header)",
                    r.topic(), r.partition(), r.offset(), RejectionTopic.TOPIC));
        }
        index.append(deltas);
        return deltas.size();
    }

    /**
     * @throws RegistryValues.Unreadable when this record can never become a delta; any other exception (the registry
     *     away, a schema newer than this forwarder reads) must fail the batch without skipping anything
     */
    private IndexedDelta decode(ConsumerRecord<byte[], byte[]> record) {
        StatusDelta delta = values.read(record.topic(), record.headers(), record.value(), StatusDelta.class);
        try {
            return IndexedDelta.of(delta);
        } catch (RuntimeException e) {
            throw new RegistryValues.Unreadable(e);
        }
    }

    @Override
    public void close() {
        values.close();
        rejected.close();
    }
}
