package dev.microcred.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.merkle.NoteSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * One witness firm of the stack: its ledger process and what ties it to the forwarder (the push
 * secret or the feed token), the ledger's signing key and its auditor token. These credentials are created on the
 * first start, registered with the forwarder once, and kept in the data folder, because the
 * forwarder shows a feed token only at registration.
 */
public final class WitnessLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WitnessFirm firm;
    private final ObjectNode credentials;
    private final ServiceProcess process;

    private WitnessLedger(WitnessFirm firm, ObjectNode credentials, ServiceProcess process) {
        this.firm = firm;
        this.credentials = credentials;
        this.process = process;
    }

    /** Registers the firm with the forwarder (first start only), then starts its ledger. */
    static WitnessLedger start(WitnessFirm firm, ServiceProcess forwarder, String adminToken, Path dataDirectory,
            Path runner, int port, String jdbcUrl, String dbUser, String dbPassword, Path logFile) {
        Path file = dataDirectory.resolve("witness-" + firm.id() + ".json");
        String ledgerUrl = "http://127.0.0.1:" + port;
        ObjectNode credentials = Files.exists(file) ? read(file) : register(firm, forwarder, adminToken, ledgerUrl, file);
        if (!credentials.has("auditorToken")) {
            // Data folders made before ledgers sealed fields have no auditor token yet.
            credentials.put("auditorToken", "wat_" + randomHex(24));
            write(file, credentials);
        }
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "LEDGER_DB_URL", jdbcUrl, "LEDGER_DB_USER", dbUser, "LEDGER_DB_PASSWORD", dbPassword,
                "LEDGER_ORIGIN", firm.origin(), "LEDGER_WITNESS_ID", firm.id(),
                "LEDGER_SIGNING_KEY", credentials.path("signingKey").asText(),
                "LEDGER_AUDITOR_TOKENS", credentials.path("auditorToken").asText()));
        if (firm.delivery() == WitnessFirm.Delivery.PUSH) {
            environment.put("LEDGER_PUSH_SECRET", credentials.path("pushSecret").asText());
        } else {
            environment.put("LEDGER_FEED_URL", forwarder.url() + "/feeds/" + firm.id());
            environment.put("LEDGER_FEED_TOKEN", credentials.path("feedToken").asText());
            // The local forwarder listens on loopback without TLS; a real feed is HTTPS.
            environment.put("LEDGER_FEED_ALLOW_PLAIN_HTTP", "true");
        }
        ServiceProcess process = new ServiceProcess("witness-ledger " + firm.id(), runner, port, environment,
                java.util.List.of(), logFile);
        return new WitnessLedger(firm, credentials, process.start());
    }

    private static ObjectNode register(WitnessFirm firm, ServiceProcess forwarder, String adminToken, String ledgerUrl,
            Path file) {
        ObjectNode request = JSON.createObjectNode().put("id", firm.id()).put("displayName", firm.displayName());
        firm.jurisdictions().forEach(request.putArray("jurisdictions")::add);
        ObjectNode credentials = JSON.createObjectNode()
                .put("signingKey", NoteSigner.generate(firm.origin()).signerKeyText())
                .put("auditorToken", "wat_" + randomHex(24));
        if (firm.delivery() == WitnessFirm.Delivery.PUSH) {
            String secret = randomHex(32);
            request.putObject("push").put("url", ledgerUrl + "/witness/v1/deltas").put("secret", secret);
            credentials.put("pushSecret", secret);
        } else {
            request.put("pull", true);
        }
        JsonNode registered = post(forwarder.url() + "/api/v1/witnesses", adminToken, request);
        if (firm.delivery() == WitnessFirm.Delivery.PULL) {
            credentials.put("feedToken", registered.path("feedToken").asText());
        }
        write(file, credentials);
        return credentials;
    }

    private static void write(Path file, ObjectNode credentials) {
        try {
            Files.writeString(file, credentials.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode post(String url, String token, JsonNode body) {
        try {
            // HTTP/1.1: Vert.x does not take a POST body through an h2c upgrade.
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("the forwarder refused witness registration: HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    public WitnessFirm firm() { return firm; }
    public ServiceProcess process() { return process; }
    public String url() { return process.url(); }
    public String origin() { return firm.origin(); }
    /** The key that checks the ledger's signed checkpoints, as verifiers are given it. */
    public String verifierKey() { return NoteSigner.fromKeyText(credentials.path("signingKey").asText()).verifierKey(); }
    public String pushSecret() { return credentials.path("pushSecret").asText(null); }
    public String feedToken() { return credentials.path("feedToken").asText(null); }
    /** The token that shows the witness's auditors the sealed fields of its leaves. */
    public String auditorToken() { return credentials.path("auditorToken").asText(); }
}
