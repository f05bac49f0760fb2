package dev.microcred.issuer.account;

import java.util.regex.Pattern;

/**
 * Domain and path under which an issuer's credentials verify: {@code aws.training/cred} is domain
 * {@code aws.training} and path {@code /cred}. Lower-case host names only, so the binding check
 * at verify time is a plain comparison.
 */
public record VerifyBase(String domain, String path) {
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]{1,64}){0,5}");
    /** The base_path column's length. */
    private static final int MAX_PATH_LENGTH = 200;

    public VerifyBase {
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a lower-case domain name: " + domain);
        }
        if (!PATH.matcher(path).matches() || path.length() > MAX_PATH_LENGTH) {
            throw new IllegalArgumentException("not a verify path of at most " + MAX_PATH_LENGTH + " characters: " + path);
        }
    }

    /** Parses {@code domain[/path...]} as written after {@code verify:}. */
    public static VerifyBase parse(String base) {
        int slash = base.indexOf('/');
        return slash < 0 ? new VerifyBase(base, "") : new VerifyBase(base.substring(0, slash), base.substring(slash));
    }

    /**
     * Whether one request path could lie under both bases: the same domain, and one path is the other
     * or below it ({@code /cred} and {@code /cred/b}, or {@code ""} and anything). Two issuers may not
     * overlap, or a hash of one would answer on the other's base, which the protocol's domain binding forbids.
     */
    public boolean overlaps(VerifyBase other) {
        return domain.equals(other.domain) && (within(path, other.path) || within(other.path, path));
    }

    private static boolean within(String path, String base) {
        return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
    }

    /** As written after {@code verify:}, with an optional per-credential segment. */
    public String text(String pathSegment) {
        return domain + path + (pathSegment == null ? "" : "/" + pathSegment);
    }

    @Override
    public String toString() {
        return domain + path;
    }
}
