package dev.microcred.status.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

/** A stream thread that died on a fault that passes is replaced; on a defect the client stops instead of looping. */
class StreamThreadReplacementTest {
    private final StreamThreadReplacement handler = new StreamThreadReplacement();

    @Test
    void aRecordToReadAgainLaterReplacesTheThread() {
        // As Kafka Streams wraps what the deserialization handler throws
        Throwable failed = new StreamsException("Fatal user code error in deserialization error callback",
                new ReadAgainLater("the registry is away", new ConnectException("Connection refused")));
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, handler.handle(failed));
    }

    @Test
    void aRegistryOutageOrABrokerTimeoutReplacesTheThread() {
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD,
                handler.handle(new StreamsException(new ConnectException("Connection refused"))));
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD,
                handler.handle(new StreamsException("commit failed", new TimeoutException("Timeout expired"))));
    }

    @Test
    void aDefectStopsTheClientInsteadOfLooping() {
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
                handler.handle(new StreamsException(new NullPointerException("a bug"))));
    }
}
