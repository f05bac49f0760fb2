package dev.microcred.talent.portfolio;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.VerifiableTextException;
import dev.microcred.text.client.LiveAnswer;
import java.util.regex.Pattern;

/**
 * A pasted credential checked as a live-verify client checks it: its own verify line, the standard rules (and the
 * issuer's, from its metadata), the issuer's domain and its verify endpoint. Only our issuers' domains are asked, so
 * nobody can make this service fetch an address of their choosing.
 */
public final class CredentialCheck {

    /** @param text the text as pasted, before any issuer rules; the answer holds the text as finally hashed */
    public record Checked(VerifiableText text, String issuerId, LiveAnswer answer) {
    }

    /**
     * Segments of unreserved characters only, none of them . or ..: no query, fragment, escape or dot segment can
     * move the request away from the issuer's base path (or drop the hash appended to it).
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._~-]+)*");

    private final OurIssuers issuers;
    private final IssuerCheck check;

    public CredentialCheck(OurIssuers issuers, IssuerCheck check) {
        this.issuers = issuers;
        this.check = check;
    }

    /** @throws Refusal when the text is not a verifiable credential or no issuer of ours verifies at its base */
    public Checked check(String input) throws InterruptedException {
        VerifiableText text = parse(input);
        if (!PLAIN_PATH.matcher(text.verifyLine().path()).matches()) {
            throw new Refusal(Refusal.Kind.UNREADABLE_TEXT, "a verify line's path is plain segments of letters, digits"
                    + " and . _ ~ - (no '..', query, fragment or escapes)");
        }
        String issuerId = issuers.issuerAt(text.verifyLine().domain(), text.verifyLine().path())
                .orElseThrow(() -> new Refusal(Refusal.Kind.FOREIGN_ISSUER, "no issuer of this platform verifies at "
                        + text.verifyLine().base()));
        return new Checked(text, issuerId, check.ask(text));
    }

    private static VerifiableText parse(String input) {
        if (input == null || input.isBlank()) {
            throw new Refusal(Refusal.Kind.UNREADABLE_TEXT, "no credential text given");
        }
        try {
            return VerifiableText.parse(input);
        } catch (VerifiableTextException | IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.UNREADABLE_TEXT, "not a verifiable credential text: " + e.getMessage());
        }
    }
}
