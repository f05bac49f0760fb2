package dev.microcred.issuer.document;

import dev.microcred.text.VerifyLine;
import java.util.regex.Pattern;

/**
 * Where a client asks about a credential: the issuer's verify base (a domain and base path such
 * as {@code aws.training/cred}) plus, optionally, a per-credential path segment.
 *
 * <p>The segment becomes part of a URL that clients build by plain concatenation, so it is limited
 * to URL-safe characters ({@code A-Z a-z 0-9 . _ ~ -}, at most 64) and may not be {@code .} or
 * {@code ..}, which would move the request to another path.
 */
public final class VerifyAddress {

    /** A per-credential path segment: URL-safe, 1 to 64 characters, not . or ..; the request DTO uses the same. */
    public static final String SEGMENT_PATTERN = "(?!\\.\\.?$)[A-Za-z0-9._~-]{1,64}";

    private static final Pattern SEGMENT = Pattern.compile(SEGMENT_PATTERN);
    private static final Pattern BASE = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~-]+)*");

    private VerifyAddress() {
    }

    /**
     * {@code verifyLineFor("aws.training/cred", "jc-lambda-2026")} is
     * {@code verify:aws.training/cred/jc-lambda-2026}; without a segment the base alone.
     */
    public static VerifyLine verifyLineFor(String issuerVerifyBase, String pathSegment) {
        String base = stripTrailingSlash(FieldRules.text("issuerVerifyBase", issuerVerifyBase));
        if (!BASE.matcher(base).matches()) {
            throw new IllegalArgumentException(
                    "issuerVerifyBase must be a domain and path without scheme, such as aws.training/cred");
        }
        if (pathSegment == null) {
            return new VerifyLine(base);
        }
        if (!SEGMENT.matcher(pathSegment).matches()) {
            throw new IllegalArgumentException("pathSegment must be 1 to 64 of A-Z a-z 0-9 . _ ~ - and not . or ..");
        }
        return new VerifyLine(base + "/" + pathSegment);
    }

    private static String stripTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
