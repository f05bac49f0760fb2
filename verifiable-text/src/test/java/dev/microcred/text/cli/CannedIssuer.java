package dev.microcred.text.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local issuer that gives canned answers, keyed by the first path segment of the verify base
 * ("/revoked/..." answers as a revoked credential), so one server serves every test case.
 */
final class CannedIssuer implements AutoCloseable {

    /** One HTTP answer; a null body sends none. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer of(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Function<String, Answer>> verifyAnswers = new ConcurrentHashMap<>();
    private final Map<String, Answer> metadata = new ConcurrentHashMap<>();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    CannedIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Answers for a base's hashes; the function sees the last path segment (hash plus any suffix). */
    void onVerify(String segment, Function<String, Answer> answer) {
        verifyAnswers.put(segment, answer);
    }

    void onVerify(String segment, Answer answer) {
        onVerify(segment, resource -> answer);
    }

    void onMetadata(String segment, String json) {
        metadata.put(segment, Answer.of(200, json));
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> hostHeaders() {
        return hostHeaders;
    }

    private void answer(HttpExchange exchange) throws IOException {
        hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
        String[] path = exchange.getRequestURI().getPath().split("/");
        String segment = path.length > 1 ? path[1] : "";
        String resource = path[path.length - 1];
        Answer answer = resource.equals("verification-meta.json")
                ? metadata.getOrDefault(segment, Answer.of(404, null))
                : verifyAnswers.getOrDefault(segment, r -> Answer.of(404, null)).apply(resource);
        send(exchange, answer);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
