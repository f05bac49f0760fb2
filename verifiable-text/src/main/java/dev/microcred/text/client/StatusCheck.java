package dev.microcred.text.client;

import dev.microcred.text.VerifyLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP side of a check: GETs a resource under a verify base, the way a client would.
 *
 * <p>Redirects are not followed: the protocol forbids them for statuses, so one is reported as
 * unexpected instead of being silently chased to another domain. With {@code --resolve} the
 * request goes to a local host:port over plain HTTP while the Host header keeps the issuer's
 * domain, so a multi-issuer stack answers for the right issuer.
 */
final class StatusCheck {

    static {
        // The JDK refuses a Host header unless this is set before its HTTP classes first load.
        String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "");
        if (!allowed.toLowerCase(java.util.Locale.ROOT).contains("host")) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", allowed.isEmpty() ? "host" : allowed + ",host");
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, String> resolve;
    private final boolean insecureHttp;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    StatusCheck(Map<String, String> resolve, boolean insecureHttp) {
        this.resolve = Map.copyOf(resolve);
        this.insecureHttp = insecureHttp;
    }

    /** The URI actually requested for {@code resource} (a hash, or verification-meta.json) under the base. */
    URI target(VerifyLine line, String resource) {
        String resolved = resolved(line.domain());
        String scheme = resolved != null || insecureHttp ? "http" : "https";
        String authority = resolved != null ? resolved : line.domain();
        try {
            return URI.create(scheme + "://" + authority + line.path() + "/" + resource);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the verify line does not form a valid URL: " + e.getMessage(), e);
        }
    }

    /** The host:port asked instead of the domain: its own entry, else the {@code *} entry, else none. */
    private String resolved(String domain) {
        String own = resolve.get(domain);
        return own != null ? own : resolve.get("*");
    }

    HttpAnswer get(VerifyLine line, String resource) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target(line, resource))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, text/plain")
                .GET();
        if (resolved(line.domain()) != null) {
            request.header("Host", line.domain());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new HttpAnswer(response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After"));
    }
}
