package dev.microcred.status.verify;

import java.util.Locale;

/**
 * A request path split the way clients build it: {@code /<base path>[/<segment>]/<last>}, where
 * {@code last} is a hash or {@code verification-meta.json}. The host comes from
 * X-Forwarded-Host (set by the proxy in front) or else Host, lower case and without a port.
 * Read on every verify request, so it allocates only the strings it returns.
 */
public record VerifyRequest(String host, String directory, String last) {
    public static final String META = "verification-meta.json";
    private static final int HASH_LENGTH = 64;

    /** @param path as JAX-RS gives it: usually without the leading slash */
    public static VerifyRequest of(String path, String hostHeader, String forwardedHost) {
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "" : path.startsWith("/") ? path.substring(0, slash) : "/" + path.substring(0, slash);
        return new VerifyRequest(host(forwardedHost != null && !forwardedHost.isBlank() ? forwardedHost : hostHeader),
                directory, path.substring(slash + 1));
    }

    public boolean asksForMetadata() {
        return META.equals(last);
    }

    /** Exactly 64 ASCII hex digits, either case (Character.digit would also take non-ASCII digits). */
    public boolean hasWellFormedHash() {
        if (last.length() != HASH_LENGTH) {
            return false;
        }
        for (int i = 0; i < HASH_LENGTH; i++) {
            char c = last.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    public String hash() {
        return last.toLowerCase(Locale.ROOT);
    }

    /** The first host of a proxy chain, lower case, without a port (an IPv6 literal keeps its brackets). */
    private static String host(String header) {
        if (header == null) {
            return "";
        }
        int comma = header.indexOf(',');
        String first = (comma < 0 ? header : header.substring(0, comma)).trim().toLowerCase(Locale.ROOT);
        int colon = first.lastIndexOf(':');
        return colon > 0 && !first.endsWith("]") ? first.substring(0, colon) : first;
    }
}
