package dev.microcred.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.schemas.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An issuer-service of a later version, as a consumer that was not upgraded first would meet it: its
 * CredentialEvent has one more kind of change (a suspension). The newer schema is registered as a
 * deployment would (the registry's BACKWARD rule admits a new union branch), and the event is
 * framed as the services frame values (magic byte 0, 4-byte content id, Avro binary).
 */
final class NewerIssuer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewerIssuer() {
    }

    /** Puts a suspension of the hash onto credential-events, in the hash's partition; answers where it landed. */
    static RecordMetadata suspend(LocalStack stack, String hash) throws Exception {
        Schema newer = newerSchema();
        long contentId = SchemaRegistration.registerVersion(HttpClient.newHttpClient(), stack.registryUrl(),
                Topics.CREDENTIAL_EVENTS.valueSubject(), newer.toString());
        String event = """
                {"eventId":"%s","sequence":999999999,"issuerSequence":999999999,"occurredAt":1767225600000,
                 "hash":"%s","issuerId":"city-and-guilds","issuerDomain":"cityandguilds.com","verifyBasePath":"/v",
                 "documentType":"PRACTICAL_COMPETENCY","credentialCode":null,"level":null,"issuedAt":1767225600000,
                 "validUntil":null,"jurisdictions":["UK"],"change":{"dev.microcred.schemas.CredentialSuspended":{}}}"""
                .formatted(UUID.randomUUID(), hash);
        GenericRecord record = new GenericDatumReader<GenericRecord>(newer).read(null,
                DecoderFactory.get().jsonDecoder(newer, event));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(stack.operatorKafka().clientConfig(),
                new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(Topics.CREDENTIAL_EVENTS.topic(), hash, framed(contentId, newer, record)))
                    .get();
        }
    }

    private static Schema newerSchema() throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Topics.CREDENTIAL_EVENTS.valueSchema().toString());
        for (JsonNode field : schema.get("fields")) {
            if ("change".equals(field.get("name").asText())) {
                ((ArrayNode) field.get("type")).addObject().put("type", "record").put("name", "CredentialSuspended")
                        .put("doc", "A later version's kind of change.").putArray("fields");
            }
        }
        return new Schema.Parser().parse(schema.toString());
    }

    private static byte[] framed(long contentId, Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0);
        bytes.write(ByteBuffer.allocate(4).putInt((int) contentId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }
}
