package dev.microcred.schemas;

import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.avro.specific.SpecificRecord;

/**
 * The one catalogue of topics: name, key type and value schema. Services and tests import these
 * names instead of repeating strings, and the schema-history check walks this list.
 */
public enum Topics {
    /** Every credential change from the issuer's outbox, keyed by hash. */
    CREDENTIAL_EVENTS("credential-events", CredentialEvent.class, CredentialEvent.getClassSchema(), Cleanup.DELETE),
    /** The status view, keyed by hash; a deleted hash is a tombstone. */
    CREDENTIAL_STATUS("credential-status", CredentialStatus.class, CredentialStatus.getClassSchema(), Cleanup.COMPACT),
    /** Every status change as an explicit record, for witness replication. Never compacted. */
    STATUS_DELTAS("status-deltas", StatusDelta.class, StatusDelta.getClassSchema(), Cleanup.DELETE),
    /** Public issuer facts, keyed by issuer id. */
    ISSUERS("issuers", IssuerProfile.class, IssuerProfile.getClassSchema(), Cleanup.COMPACT),
    /** What each witness firm acknowledged for each delta, keyed by witness id. Never compacted. */
    WITNESS_RECEIPTS("witness-receipts", WitnessReceipt.class, WitnessReceipt.getClassSchema(), Cleanup.DELETE),
    /**
     * Completions from training platforms for issuer-service to issue. Personal data in transit
     * only: kept for a week, long enough to replay an outage, never for ever.
     */
    TRAINING_COMPLETIONS("training.completions", TrainingCompletion.class, TrainingCompletion.getClassSchema(),
            Cleanup.DELETE, Duration.ofDays(7));

    /** Kafka's cleanup.policy of the topic. */
    public enum Cleanup { DELETE, COMPACT }

    /**
     * Where a consumer copies the records it can never read, byte for byte, with the reason and source offset in
     * headers ({@link RejectedRecords}). Their values are whatever arrived, so they have no schema; they are never
     * compacted (that would keep one rejected record per key) and kept as long as the records they set aside.
     */
    public enum Rejections {
        /** issuer-service's: completions it cannot issue. Personal data, so kept no longer than the originals. */
        TRAINING_COMPLETIONS_REJECTED("training.completions.rejected", TRAINING_COMPLETIONS),
        /** status-stream's: events the view never folded. */
        CREDENTIAL_EVENTS_REJECTED("credential-events-rejected", CREDENTIAL_EVENTS),
        /** witness-forwarder's: deltas no witness was sent. */
        STATUS_DELTAS_REJECTED("status-deltas-rejected", STATUS_DELTAS),
        /** talent-graph's: deltas and issuer profiles its portfolios never saw. */
        TALENT_GRAPH_REJECTED("talent-graph-rejected", STATUS_DELTAS);

        private final String topic;
        private final Topics source;

        Rejections(String topic, Topics source) {
            this.topic = topic;
            this.source = source;
        }

        public String topic() {
            return topic;
        }

        /** The topic whose unreadable records it keeps, and so how long it keeps them. */
        public Topics source() {
            return source;
        }

        public NewTopic definition(int partitions, short replicationFactor) {
            return kept(topic, partitions, replicationFactor, source.retentionMs());
        }
    }

    private final String topic;
    private final Class<? extends SpecificRecord> valueType;
    private final Schema valueSchema;
    private final Cleanup cleanup;
    /** How long a DELETE topic keeps records; null: for ever. */
    private final Duration retention;

    Topics(String topic, Class<? extends SpecificRecord> valueType, Schema valueSchema, Cleanup cleanup) {
        this(topic, valueType, valueSchema, cleanup, null);
    }

    Topics(String topic, Class<? extends SpecificRecord> valueType, Schema valueSchema, Cleanup cleanup,
            Duration retention) {
        this.topic = topic;
        this.valueType = valueType;
        this.valueSchema = valueSchema;
        this.cleanup = cleanup;
        this.retention = retention;
    }

    public String topic() {
        return topic;
    }

    /** The generated class of the value, for serdes that read specific records. */
    public Class<? extends SpecificRecord> valueType() {
        return valueType;
    }

    public Schema valueSchema() {
        return valueSchema;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    /** Kafka's retention.ms of a DELETE topic: -1 (for ever) unless the topic carries data that must go. */
    public long retentionMs() {
        return retention == null ? -1 : retention.toMillis();
    }

    /**
     * The topic as it must be created: compacted topics keep the latest value per key forever;
     * the others keep everything for {@link #retentionMs} (-1: forever, which status-deltas needs so
     * a witness added later can replay history from the beginning; training.completions carries
     * personal data and keeps it for days only).
     */
    public NewTopic definition(int partitions, short replicationFactor) {
        return cleanup == Cleanup.COMPACT
                ? new NewTopic(topic, partitions, replicationFactor).configs(Map.of("cleanup.policy", "compact",
                        "min.insync.replicas", minInSync(replicationFactor)))
                : kept(topic, partitions, replicationFactor, retentionMs());
    }

    /**
     * A topic that keeps every record for {@code retentionMs} (-1: for ever) and is never compacted:
     * the catalogue's DELETE topics, and the rejection topics outside it, whose values are whatever
     * arrived (compaction would keep only the last rejected record per key).
     */
    public static NewTopic kept(String name, int partitions, short replicationFactor, long retentionMs) {
        return new NewTopic(name, partitions, replicationFactor).configs(Map.of("cleanup.policy", "delete",
                "retention.ms", Long.toString(retentionMs), "min.insync.replicas", minInSync(replicationFactor)));
    }

    private static String minInSync(short replicationFactor) {
        return replicationFactor > 1 ? "2" : "1";
    }

    /** Registry subject of the value schema under the topic-name strategy. */
    public String valueSubject() {
        return topic + "-value";
    }

    public static Topics named(String topic) {
        for (Topics t : values()) {
            if (t.topic.equals(topic)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a catalogued topic: " + topic);
    }
}
