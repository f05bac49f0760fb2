package dev.microcred.forwarder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the forwarder takes from a witness's answer: no redirect, no more than the cap, nowhere it may not push. */
class WitnessClientTest {
    private static final String SECRET = "s".repeat(32);
    private HttpServer witness;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startWitness() throws Exception {
        witness = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        witness.createContext("/huge", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            }
        });
        witness.createContext("/elsewhere", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        witness.start();
    }

    @AfterEach
    void stopWitness() {
        witness.stop(0);
    }

    @Test
    void anAnswerLargerThanTheCapIsAFailedAttempt() {
        WitnessClient client = client(true, 1024);
        DeliveryFailedException failed = assertThrows(DeliveryFailedException.class,
                () -> client.deliver("uk-witness", url("/huge"), SECRET, List.of()));
        assertTrue(failed.getMessage().contains("more than 1024 bytes"), failed.getMessage());
    }

    @Test
    void aRedirectIsNotFollowed() {
        WitnessClient client = client(true, 1024);
        DeliveryFailedException failed = assertThrows(DeliveryFailedException.class,
                () -> client.deliver("uk-witness", url("/elsewhere"), SECRET, List.of()));
        assertEquals("answered HTTP 307", failed.getMessage());
        assertEquals(1, requests.get());
    }

    @Test
    void aDestinationThatIsNotPublicIsNeverContacted() {
        WitnessClient client = client(false, 1024);
        DeliveryFailedException failed = assertThrows(DeliveryFailedException.class,
                () -> client.deliver("uk-witness", url("/huge"), SECRET, List.of()));
        assertTrue(failed.getMessage().startsWith("push URL refused"), failed.getMessage());
        assertEquals(0, requests.get());
    }

    private static WitnessClient client(boolean allowPrivate, int maxResponseBytes) {
        return new WitnessClient(Duration.ofSeconds(5), Clock.systemUTC(), PushDestinations.of(allowPrivate), maxResponseBytes);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + witness.getAddress().getPort() + path);
    }
}
