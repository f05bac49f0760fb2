package dev.microcred.witness.ledger.pull.http;

import dev.microcred.witness.ledger.pull.FeedLine;
import dev.microcred.witness.ledger.pull.FeedLines;
import dev.microcred.witness.ledger.pull.FeedSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET <feed url>?after=<cursor>&wait=<s>} with the feed token, per docs/witnessing.md section 3. The request
 * times out well after the long-poll would have answered, so a feed that hangs is an error, never a stuck thread.
 */
final class FeedClient implements FeedSource {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String feedUrl;
    private final String token;
    private final int waitSeconds;

    FeedClient(String feedUrl, String token, int waitSeconds) {
        this.feedUrl = feedUrl;
        this.token = token;
        this.waitSeconds = waitSeconds;
    }

    @Override
    public List<FeedLine> after(Optional<String> cursor) throws IOException, InterruptedException {
        String query = cursor.map(c -> "after=" + URLEncoder.encode(c, StandardCharsets.UTF_8) + "&").orElse("")
                + "wait=" + waitSeconds;
        HttpRequest request = HttpRequest.newBuilder(URI.create(feedUrl + (feedUrl.contains("?") ? "&" : "?") + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/x-ndjson")
                .timeout(Duration.ofSeconds(waitSeconds + 30L))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("the feed answered " + response.statusCode());
        }
        return FeedLines.parse(response.body());
    }
}
