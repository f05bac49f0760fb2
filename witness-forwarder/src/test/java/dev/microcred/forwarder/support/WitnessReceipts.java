package dev.microcred.forwarder.support;

import dev.microcred.schemas.SpecificModel;
import dev.microcred.schemas.Topics;
import dev.microcred.schemas.WitnessReceipt;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.time.Duration;
import org.apache.avro.generic.GenericRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads witness-receipts from the beginning, as an auditor would. */
public final class WitnessReceipts {
    private WitnessReceipts() {
    }

    /** Every receipt recorded so far for this witness. */
    public static List<WitnessReceipt> of(String witnessId) {
        Map<String, Object> config = Registry.serdeConfig(WitnessReceipt.class);
        config.put("isolation.level", "read_committed");
        config.put("apicurio.registry.use-specific-avro-reader", "false");
        AvroKafkaDeserializer<GenericRecord> values = new AvroKafkaDeserializer<>();
        values.configure(config, false);
        try (KafkaConsumer<String, GenericRecord> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.WITNESS_RECEIPTS.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<WitnessReceipt> receipts = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, GenericRecord> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(witnessId)) {
                        receipts.add(SpecificModel.convert(r.value(), WitnessReceipt.class));
                    }
                }
            }
            return receipts;
        }
    }
}
