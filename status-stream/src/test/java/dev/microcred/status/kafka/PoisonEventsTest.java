package dev.microcred.status.kafka;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.kiota.ApiException;
import java.net.ConnectException;
import java.util.Map;
import org.apache.avro.AvroTypeException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.junit.jupiter.api.Test;

/**
 * An unreadable record is never skipped without a copy: the registry away, or the rejection topic
 * out of reach, means the record is read again later. (A record that can never be read is copied to
 * credential-events-rejected and skipped; FaultsIT shows that against a real broker.)
 */
class PoisonEventsTest {
    private static final ConsumerRecord<byte[], byte[]> RECORD = new ConsumerRecord<>("credential-events", 2, 17L,
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded".getBytes(), new byte[] {0, 0, 0, 0, 9});

    @Test
    void aRecordOfANewerSchemaIsReadAgainNotSkipped() {
        // A newer issuer-service wrote a change kind this status-stream does not know: skipping it could skip a revocation
        PoisonEvents handler = new PoisonEvents();
        handler.configure(Map.of("bootstrap.servers", "127.0.0.1:1"));
        assertThrows(ReadAgainLater.class, () -> handler.handle((ErrorHandlerContext) null, RECORD,
                new SerializationException("could not read", new AvroTypeException("Found CredentialSuspended, expecting union"))));
    }

    @Test
    void aSchemaIdTheRegistryLostIsReadAgainNotSkipped() {
        // Our relay registered every schema it writes with: a 404 means the registry lost it, not that the record is bad
        PoisonEvents handler = new PoisonEvents();
        handler.configure(Map.of("bootstrap.servers", "127.0.0.1:1"));
        ApiException notFound = new ApiException("no schema with this id") {
            {
                setResponseStatusCode(404);
            }
        };
        assertThrows(ReadAgainLater.class, () -> handler.handle((ErrorHandlerContext) null, RECORD,
                new SerializationException("could not read", notFound)));
    }

    @Test
    void aRegistryOutageFailsTheThreadToReadTheRecordAgain() {
        PoisonEvents handler = new PoisonEvents();
        handler.configure(Map.of("bootstrap.servers", "127.0.0.1:1"));
        assertThrows(ReadAgainLater.class, () -> handler.handle((ErrorHandlerContext) null, RECORD,
                new SerializationException("schema lookup failed", new ConnectException("Connection refused"))));
    }
}
