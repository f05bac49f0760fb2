package dev.microcred.status.verify;

import java.util.Locale;

/**
 * A request path split the way clients build it: {@code /<base path>[/<segment>]/<last>}, where
 * {@code last} is a hash or {@code verification-meta.json}. The host is the header
 * {@link TrustedProxies} chose (Host, or a trusted proxy's X-Forwarded-Host), lower case and
 * without a port. Read on every verify request, so it allocates only the strings it returns.
 */
public record VerifyRequest(String host, String directory, String last) {
    public static final String META = "verification-meta.json";
    private static final int HASH_LENGTH = 64;

    /**
     * @param path as JAX-RS gives it: usually without the leading slash
     * @param hostHeader the one header value that names the host, from {@link TrustedProxies#hostHeader}
     */
    public static VerifyRequest of(String path, String hostHeader) {
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "" : path.startsWith("/") ? path.substring(0, slash) : "/" + path.substring(0, slash);
        return new VerifyRequest(host(hostHeader), directory, path.substring(slash + 1));
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

    /**
     * Lower case, without a port (an IPv6 literal keeps its brackets). A list is no host: a Host
     * header holds one, and TrustedProxies has already taken the proxy's entry of a forwarded list.
     */
    private static String host(String header) {
        if (header == null || header.indexOf(',') >= 0) {
            return "";
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }
}
