package dev.microcred.deploy.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against a stand-in bulk endpoint that answers as issuer-service does (one result per
 * line; a line without a holder is rejected), and can be made to fail to interrupt an import.
 */
class BulkImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private HttpServer issuer;
    private final List<String> firstCompletionOfEachRequest = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    @BeforeEach
    void startIssuer() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer.createContext("/api/v1/issuers/city-and-guilds/credentials/bulk", exchange -> {
            List<String> lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            byte[] answer;
            int status = 200;
            if (!"Bearer mck_test".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 503;
                answer = "{\"title\":\"unavailable\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                firstCompletionOfEachRequest.add(JSON.readTree(lines.get(0)).path("completionId").asText());
                queries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
                answer = JSON.writeValueAsBytes(answerFor(lines));
            }
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        issuer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void aFileGoesInChunksAndTheSummaryCountsEveryLine() throws IOException {
        // Given 2,500 completions of which every 100th lacks its candidate
        Path file = completions(2_500);
        // When they are imported in chunks of 1,000
        ImportState end = new BulkImport(settings(file), quiet()).run();
        // Then three requests carried them, and every line is accounted for
        assertEquals(List.of("c-1", "c-1001", "c-2001"), firstCompletionOfEachRequest);
        assertEquals(List.of("null", "null", "null"), queries, "no platform named: the issuer's own completions");
        assertEquals(new ImportState(2_500, 2_475, 0, 25), end);
        // And the rejected lines are listed by line number and reason, never by content
        List<String> rejected = Files.readAllLines(file.resolveSibling("completions.ndjson.rejected"));
        assertEquals(25, rejected.size());
        assertEquals("line 100: invalid-request: 1 field(s) are invalid; candidate must not be blank", rejected.get(0));
        assertTrue(rejected.stream().noneMatch(l -> l.contains("Torres")));
    }

    @Test
    void anInterruptedImportResumesAfterTheLastAcknowledgedChunk() throws IOException {
        // Given an import whose second chunk the issuer fails to take
        Path file = completions(2_500);
        failOnlyTheSecondRequest();
        assertThrows(BulkImport.ImportInterrupted.class, () -> new BulkImport(settings(file), quiet()).run());
        assertEquals(1_000, ImportState.read(file.resolveSibling("completions.ndjson.import-state")).lines());
        // When it is run again
        ImportState end = new BulkImport(settings(file), quiet()).run();
        // Then it carries on from line 1,001 and ends with every line counted once
        assertEquals(List.of("c-1", "c-1001", "c-2001"), firstCompletionOfEachRequest);
        assertEquals(2_500, end.lines());
        assertEquals(2_475, end.created());
    }

    @Test
    void aPlatformNamedOnTheCommandLineGoesWithEveryChunk() throws IOException {
        // Given completions Coursera also sends on training.completions
        Path file = completions(1_500);
        BulkImport.Settings settings = BulkImport.parse(new String[] {file.toString(), "--issuer", "city-and-guilds",
                "--key", "mck_test", "--platform", "coursera", "--url", "http://127.0.0.1:" + issuer.getAddress().getPort()});
        // When they are imported
        new BulkImport(settings, quiet()).run();
        // Then every request names the platform, so the issuer keys them as Coursera's completions
        assertEquals(List.of("platform=coursera", "platform=coursera"), queries);
    }

    @Test
    void anImportStartedForAPlatformResumesOnlyForTheSamePlatform() throws IOException {
        // Given an import for Coursera, interrupted after its first chunk
        Path file = completions(2_500);
        BulkImport.Settings coursera = new BulkImport.Settings(file, settings(file).issuerUrl(), "city-and-guilds",
                "mck_test", 1_000, "coursera");
        failOnlyTheSecondRequest();
        assertThrows(BulkImport.ImportInterrupted.class, () -> new BulkImport(coursera, quiet()).run());
        // When it is resumed without the platform, it is refused (its lines would be keyed as the issuer's own)
        assertThrows(BulkImport.ImportRefused.class, () -> new BulkImport(settings(file), quiet()).run());
        // Then resumed for Coursera, it finishes
        assertEquals(2_500, new BulkImport(coursera, quiet()).run().lines());
    }

    @Test
    void aRequestTheIssuerRefusesForGoodStopsTheImportAsRefusedNotInterrupted() throws IOException {
        // Given a key the issuer does not know
        Path file = completions(10);
        issuer.removeContext("/api/v1/issuers/city-and-guilds/credentials/bulk");
        issuer.createContext("/api/v1/issuers/city-and-guilds/credentials/bulk", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"title\":\"Not authenticated\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        // Then the import is refused: running it again would not help
        assertThrows(BulkImport.ImportRefused.class, () -> new BulkImport(settings(file), quiet()).run());
    }

    @Test
    void argumentsNeedAFileAnIssuerAndAKey() {
        assertThrows(IllegalArgumentException.class, () -> BulkImport.parse(new String[] {"f.ndjson", "--issuer", "x"}));
        assertEquals(500, BulkImport.parse(new String[] {"f.ndjson", "--issuer", "x", "--key", "k", "--chunk", "500"})
                .chunkLines());
        assertThrows(IllegalArgumentException.class,
                () -> BulkImport.parse(new String[] {"f.ndjson", "--issuer", "x", "--key", "k", "--chunk", "20000"}));
    }

    /** Replaces the endpoint with one that fails its second request only. */
    private void failOnlyTheSecondRequest() {
        issuer.removeContext("/api/v1/issuers/city-and-guilds/credentials/bulk");
        int[] seen = {0};
        issuer.createContext("/api/v1/issuers/city-and-guilds/credentials/bulk", exchange -> {
            List<String> lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            boolean fail = seen[0]++ == 1;
            if (!fail) {
                firstCompletionOfEachRequest.add(JSON.readTree(lines.get(0)).path("completionId").asText());
            }
            byte[] answer = fail ? "{}".getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(answerFor(lines));
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
    }

    private static ObjectNode answerFor(List<String> lines) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        var results = answer.putArray("results");
        int created = 0;
        int rejected = 0;
        for (int i = 0; i < lines.size(); i++) {
            var item = JSON.readTree(lines.get(i));
            ObjectNode result = results.addObject().put("index", i).put("completionId", item.path("completionId").asText());
            if (item.path("candidate").asText().isBlank()) {
                result.put("result", "rejected").put("reason", "invalid-request: 1 field(s) are invalid")
                        .putArray("errors").addObject().put("field", "candidate").put("message", "must not be blank");
                rejected++;
            } else {
                result.put("result", "created");
                created++;
            }
        }
        return answer.put("created", created).put("duplicates", 0).put("rejected", rejected);
    }

    private Path completions(int count) throws IOException {
        Path file = dir.resolve("completions.ndjson");
        Files.write(file, IntStream.rangeClosed(1, count).mapToObj(i -> """
                {"completionId":"c-%d","documentType":"PRACTICAL_COMPETENCY","candidate":"%s","unitCode":"U-%d"}"""
                .formatted(i, i % 100 == 0 ? "" : "Michael Torres", i)).toList());
        return file;
    }

    private BulkImport.Settings settings(Path file) {
        return new BulkImport.Settings(file, "http://127.0.0.1:" + issuer.getAddress().getPort(), "city-and-guilds",
                "mck_test", 1_000, null);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
