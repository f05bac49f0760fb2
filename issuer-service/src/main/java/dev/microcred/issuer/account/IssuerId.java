package dev.microcred.issuer.account;

import java.util.regex.Pattern;

/** What an issuer id may be: short, lower case, URL-safe. New issuers are checked against it, and so are completions naming one. */
public final class IssuerId {
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{1,63}";
    public static final String RULE = "2 to 64 lower-case letters, digits and '-', not starting with '-'";
    private static final Pattern ISSUER_ID = Pattern.compile(PATTERN);

    private IssuerId() {
    }

    public static boolean isValid(String issuerId) {
        return issuerId != null && ISSUER_ID.matcher(issuerId).matches();
    }
}
