package dev.microcred.deploy.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code ./platform import}: sends an NDJSON file of completions (one issue body with its
 * {@code completionId} per line) to an issuer's bulk endpoint in chunks, with a progress bar and a
 * summary. It records its progress next to the file and, run again, resumes after the last chunk
 * the issuer acknowledged. Rejected items are listed (line number and reason, never the line's
 * content) in {@code <file>.rejected}.
 */
public final class BulkImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to import, where to, in chunks of how many lines, and as which platform's completions (null:
     * the issuer's own; named, a completion also sent on training.completions is issued once).
     */
    public record Settings(Path file, String issuerUrl, String issuerId, String apiKey, int chunkLines, String platform) {
        URI bulkUri() {
            return URI.create(issuerUrl + "/api/v1/issuers/" + issuerId + "/credentials/bulk"
                    + (platform == null ? "" : "?platform=" + URLEncoder.encode(platform, StandardCharsets.UTF_8)));
        }

        Path stateFile() {
            return file.resolveSibling(file.getFileName() + ".import-state");
        }

        Path rejectedFile() {
            return file.resolveSibling(file.getFileName() + ".rejected");
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public BulkImport(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ./platform import FILE.ndjson --issuer ID [--key mck_...|env MICROCRED_API_KEY]"
                    + " [--platform ID] [--url http://127.0.0.1:8081] [--chunk 1000]");
            System.exit(2);
            return;
        }
        try {
            ImportState end = new BulkImport(settings, System.err).run();
            System.exit(end.rejected() > 0 ? 1 : 0);
        } catch (ImportInterrupted e) {
            System.err.println("\nstopped: " + e.getMessage() + "; run the same command again to resume");
            System.exit(3);
        } catch (ImportRefused e) {
            System.err.println("\nrefused: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Imports from where the last run stopped; returns the final state. */
    public ImportState run() {
        long total = countLines();
        ImportState state = ImportState.read(settings.stateFile());
        String startedFor = ImportState.platformIn(settings.stateFile()).orElse(null);
        if (state.lines() > 0 && !Objects.equals(startedFor, settings.platform())) {
            throw new ImportRefused("this import was started " + (startedFor == null ? "without --platform" : "with --platform "
                    + startedFor) + "; resume it the same way, or delete " + settings.stateFile() + " to start over");
        }
        if (state.lines() > 0) {
            out.printf("resuming after line %,d of %,d%n", state.lines(), total);
        }
        long started = System.nanoTime();
        long startLines = state.lines();
        try (BufferedReader reader = Files.newBufferedReader(settings.file(), StandardCharsets.UTF_8);
                Stream<String> lines = reader.lines()) {
            var remaining = lines.skip(state.lines()).iterator();
            while (remaining.hasNext()) {
                List<String> chunk = new ArrayList<>(settings.chunkLines());
                while (remaining.hasNext() && chunk.size() < settings.chunkLines()) {
                    chunk.add(remaining.next());
                }
                state = send(chunk, state);
                state.write(settings.stateFile(), settings.platform());
                double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                out.print("\r" + ProgressBar.line(state, total, (state.lines() - startLines) / seconds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + settings.file(), e);
        }
        out.printf("%ndone: %,d lines, %,d created, %,d duplicate, %,d rejected%s%n", state.lines(), state.created(),
                state.duplicates(), state.rejected(), state.rejected() > 0 ? " (see " + settings.rejectedFile() + ")" : "");
        return state;
    }

    private ImportState send(List<String> chunk, ImportState state) {
        HttpRequest request = HttpRequest.newBuilder(settings.bulkUri())
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", chunk), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ImportInterrupted("the issuer did not answer (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterrupted("interrupted");
        }
        if (refusedForGood(response.statusCode())) {
            throw new ImportRefused("the issuer answered HTTP " + response.statusCode() + ": " + response.body());
        }
        if (response.statusCode() != 200) {
            throw new ImportInterrupted("the issuer answered HTTP " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = read(response.body());
        recordRejections(answer, state.lines());
        return state.plus(chunk.size(), answer.path("created").asLong(), answer.path("duplicates").asLong(),
                answer.path("rejected").asLong());
    }

    /** A wrong key, issuer or platform: sending the same again would be refused again, unlike a timeout or 503. */
    private static boolean refusedForGood(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** Line numbers (1-based, in the file) and reasons of rejected items; never their content. */
    private void recordRejections(JsonNode answer, long linesBefore) {
        StringBuilder rejected = new StringBuilder();
        for (JsonNode result : answer.path("results")) {
            if ("rejected".equals(result.path("result").asText())) {
                rejected.append("line ").append(linesBefore + result.path("index").asLong() + 1).append(": ")
                        .append(result.path("reason").asText());
                result.path("errors").forEach(e -> rejected.append("; ").append(e.path("field").asText()).append(' ')
                        .append(e.path("message").asText()));
                rejected.append('\n');
            }
        }
        if (rejected.length() > 0) {
            try {
                Files.writeString(settings.rejectedFile(), rejected, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + settings.rejectedFile(), e);
            }
        }
    }

    private long countLines() {
        try (Stream<String> lines = Files.lines(settings.file(), StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + settings.file(), e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ImportInterrupted("the issuer's answer is not JSON");
        }
    }

    static Settings parse(String[] args) {
        Path file = null;
        String url = "http://127.0.0.1:8081";
        String issuer = null;
        String key = System.getenv("MICROCRED_API_KEY");
        int chunk = 1000;
        String platform = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i);
                case "--issuer" -> issuer = value(args, ++i);
                case "--key" -> key = value(args, ++i);
                case "--chunk" -> chunk = Integer.parseInt(value(args, ++i));
                case "--platform" -> platform = value(args, ++i);
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || issuer == null || key == null) {
            throw new IllegalArgumentException("a file, --issuer and an API key are required");
        }
        if (chunk < 1 || chunk > 10_000) {
            throw new IllegalArgumentException("--chunk must be between 1 and 10000");
        }
        return new Settings(file, url.replaceAll("/+$", ""), issuer, key, chunk, platform);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The issuer could not take a chunk: stop, keeping the state of the chunks it did take. */
    public static final class ImportInterrupted extends RuntimeException {
        ImportInterrupted(String message) {
            super(message);
        }
    }

    /** The command cannot succeed as given (exit 2): running it again would not help. */
    public static final class ImportRefused extends RuntimeException {
        ImportRefused(String message) {
            super(message);
        }
    }
}
