package dev.microcred.witness.ledger.pull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscription feed as docs/witnessing.md section 3 specifies it: NDJSON lines after a decimal cursor, Bearer
 * token, empty answers held briefly for the long-poll. Records the {@code after} of every request it serves.
 */
final class FakeFeed implements AutoCloseable {

    static final String TOKEN = "feed-token-b";

    private final HttpServer server;
    private final List<String> deltas = new CopyOnWriteArrayList<>();
    final List<String> afters = new CopyOnWriteArrayList<>();

    FakeFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feeds/uk-witness-b", this::serve);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/uk-witness-b";
    }

    void publish(String delta) {
        deltas.add(delta);
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "");
            return;
        }
        String after = param(exchange.getRequestURI().getRawQuery(), "after");
        afters.add(after == null ? "(start)" : after);
        int from = after == null ? 0 : Integer.parseInt(after);
        StringBuilder lines = new StringBuilder();
        for (int position = from; position < deltas.size(); position++) {
            lines.append("{\"cursor\":\"").append(position + 1).append("\",\"delta\":")
                    .append(deltas.get(position)).append("}\n");
        }
        if (lines.length() == 0) {
            sleep(200); // a shortened long-poll
        }
        respond(exchange, 200, lines.toString());
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
