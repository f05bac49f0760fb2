package dev.microcred.status.verify;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request path split the way clients build it: {@code /<base path>[/<segment>]/<last>}, where
 * {@code last} is a hash or {@code verification-meta.json}. The host comes from
 * X-Forwarded-Host (set by the proxy in front) or else Host, lower case and without a port.
 */
public record VerifyRequest(String host, String directory, String last) {
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
    public static final String META = "verification-meta.json";

    public static VerifyRequest of(String path, String hostHeader, String forwardedHost) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        int slash = normalized.lastIndexOf('/');
        return new VerifyRequest(host(forwardedHost != null && !forwardedHost.isBlank() ? forwardedHost : hostHeader),
                normalized.substring(0, slash), normalized.substring(slash + 1));
    }

    public boolean asksForMetadata() {
        return META.equals(last);
    }

    public boolean hasWellFormedHash() {
        return HASH.matcher(last).matches();
    }

    public String hash() {
        return last.toLowerCase(Locale.ROOT);
    }

    private static String host(String header) {
        if (header == null) {
            return "";
        }
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        int colon = first.lastIndexOf(':');
        return colon > 0 && !first.endsWith("]") ? first.substring(0, colon) : first;
    }
}
