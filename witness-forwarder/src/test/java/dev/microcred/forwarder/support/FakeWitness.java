package dev.microcred.forwarder.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A witness firm's push endpoint as docs/witnessing.md §2 describes it, written independently of
 * the forwarder's code: it checks Witness-Id, the timestamp window, the HMAC and replays (401 on
 * any failure, counted), de-duplicates on deltaId and answers one receipt per delta. It can be
 * switched to answering 503 to play a dead witness, or to holding every request unanswered until
 * {@link #release()} to play a hung one.
 */
public final class FakeWitness implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final HttpServer server;
    private volatile String secret;
    private volatile boolean dead;
    private final Set<String> seenSignatures = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> receipts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger rejectedSignatures = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch hung = new CountDownLatch(0);

    public FakeWitness(String id) throws IOException {
        this.id = id;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/deltas", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/deltas";
    }

    public void useSecret(String secret) {
        this.secret = secret;
    }

    public void dead(boolean dead) {
        this.dead = dead;
    }

    /** From now on every request waits, unanswered, until {@link #release()} or {@link #close()}. */
    public void hang() {
        hung = new CountDownLatch(1);
    }

    public void release() {
        hung.countDown();
    }

    /** Requests waiting unanswered right now. */
    public int held() {
        return held.get();
    }

    /** Deltas as accepted, in arrival order, duplicates included. */
    public List<JsonNode> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<String> receivedDeltaIds() {
        return received().stream().map(d -> d.get("deltaId").asText()).toList();
    }

    public int rejectedSignatures() {
        return rejectedSignatures.get();
    }

    public int attempts() {
        return attempts.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        attempts.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        holdWhileHung();
        if (dead) {
            answer(exchange, 503, "{}");
            return;
        }
        if (!authentic(exchange, body)) {
            rejectedSignatures.incrementAndGet();
            answer(exchange, 401, "{\"title\":\"bad signature\"}");
            return;
        }
        StringBuilder answer = new StringBuilder("{\"receipts\":[");
        for (JsonNode delta : JSON.readTree(body).get("deltas")) {
            received.add(delta);
            JsonNode receipt = receipts.computeIfAbsent(delta.get("deltaId").asText(), deltaId -> JSON.createObjectNode()
                    .put("deltaId", deltaId).put("leafIndex", receipts.size()).put("witnessedAt", Instant.now().toString()));
            answer.append(answer.charAt(answer.length() - 1) == '[' ? "" : ",").append(receipt);
        }
        answer(exchange, 200, answer.append("]}").toString());
    }

    private void holdWhileHung() {
        held.incrementAndGet();
        try {
            hung.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }

    private boolean authentic(HttpExchange exchange, String body) {
        String witnessId = exchange.getRequestHeaders().getFirst("Witness-Id");
        String timestamp = exchange.getRequestHeaders().getFirst("Witness-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("Witness-Signature");
        if (!id.equals(witnessId) || timestamp == null || signature == null || secret == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        String expected = "v1=" + hmac(secret, timestamp + "." + body);
        boolean valid = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
        return valid && seenSignatures.add(signature);
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
