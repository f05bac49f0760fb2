package dev.microcred.talent.attestation;

import dev.microcred.text.ContentHash;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a holder names an attestor's credential: by its hash, or by the URL a client asks for it
 * ({@code https://<domain>/<path>/<hash>}, or the same with {@code verify:}), which also says which domain must
 * answer for it.
 */
public record AttestorReference(String hash, Optional<String> domain) {

    private static final Pattern URL = Pattern.compile("(?:https://|verify:|vfy:)\\s*([^/\\s]+)(?:/\\S*)?/([0-9a-f]{64})");

    /** @throws IllegalArgumentException when the text is neither a hash nor a verify URL ending in one */
    public static AttestorReference parse(String text) {
        String t = text == null ? "" : text.trim();
        if (ContentHash.isSha256Hex(t)) {
            return new AttestorReference(t, Optional.empty());
        }
        Matcher url = URL.matcher(t);
        if (url.matches()) {
            return new AttestorReference(url.group(2), Optional.of(url.group(1).toLowerCase(Locale.ROOT)));
        }
        throw new IllegalArgumentException("an attestor's credential is its hash or its verify URL ending in the hash");
    }
}
