package dev.microcred.talent.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays status-stream's public verify endpoint for every issuer domain, as the protocol has it: 200 with
 * {"status":"OK"} or another status for a hash it knows on the domain that issued it, 404 for anything else, and
 * no verification-meta.json (404), so clients use the standard rules.
 */
public final class IssuerDomains {
    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private IssuerDomains() {
    }

    /** @return the host:port every domain is resolved to */
    public static synchronized String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", IssuerDomains::answer);
        server.start();
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** From now on the issuer at {@code domain} answers {@code status} (OK, REVOKED, ...) for {@code hash}. */
    public static void answer(String domain, String hash, String status) {
        ANSWERS.put(domain + "/" + hash, status);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String hash = path.substring(path.lastIndexOf('/') + 1);
        String host = exchange.getRequestHeaders().getFirst("Host");
        String status = ANSWERS.get(host + "/" + hash);
        byte[] body = status == null ? new byte[0] : ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
