package dev.microcred.forwarder.witness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A registration as an operator sent it, and the rules it must meet. Ids are URL-safe because
 * they appear in feed paths and metric tags; jurisdictions are ISO 3166 codes (country, or country
 * and subdivision) because deltas carry exactly those. Push URLs must be HTTPS: the witness's
 * answer (its receipts) is not signed, so over plain http anyone on the path could fake a
 * delivery. Plain http is for local stacks and tests, when the deployment allows it
 * ({@link PushUrls#PLAIN_HTTP_ALLOWED}, from forwarder.push.allow-plain-http).
 */
public record WitnessRegistration(String id, String displayName, List<String> jurisdictions, String pushUrl,
        String pushSecret, boolean pull) {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    /** A shorter HMAC key is guessable offline from one signed batch. */
    public static final int MIN_SECRET_LENGTH = 32;

    /**
     * Why a push secret a firm chose cannot be used, or null. Besides its length: a ledger lists the
     * secrets it accepts separated by commas (two during a rotation), so a comma or a backslash
     * would split or escape it there.
     */
    public static String secretProblem(String secret) {
        if (secret.isBlank() || secret.length() < MIN_SECRET_LENGTH) {
            return "must be at least " + MIN_SECRET_LENGTH + " characters";
        }
        return secret.contains(",") || secret.contains("\\") ? "must not contain a comma or a backslash" : null;
    }

    /** Which push URL schemes the deployment accepts. */
    public enum PushUrls { HTTPS_ONLY, PLAIN_HTTP_ALLOWED }

    public List<Violation> violations(PushUrls pushUrls) {
        List<Violation> errors = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(new Violation("id", "must match " + ID.pattern()));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200
                || displayName.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new Violation("displayName", "must be 1 to 200 characters, without control characters"));
        }
        if (jurisdictions == null || jurisdictions.isEmpty()) {
            errors.add(new Violation("jurisdictions", "must name at least one jurisdiction"));
        } else {
            for (int i = 0; i < jurisdictions.size(); i++) {
                String code = jurisdictions.get(i);
                if (code == null || !JURISDICTION.matcher(code).matches()) {
                    errors.add(new Violation("jurisdictions[" + i + "]", "must be an ISO 3166 code such as EU, US or US-CA"));
                }
            }
        }
        if (pushUrl == null && !pull) {
            errors.add(new Violation("push", "push or pull (or both) is required"));
        }
        errors.addAll(pushViolations(pushUrls));
        return errors;
    }

    private List<Violation> pushViolations(PushUrls pushUrls) {
        List<Violation> errors = new ArrayList<>();
        if (pushUrl != null && parsedUrl().isEmpty()) {
            errors.add(new Violation("push.url", "must be an absolute http(s) URL"));
        } else if (pushUrl != null && pushUrls == PushUrls.HTTPS_ONLY && !"https".equals(parsedUrl().get().getScheme())) {
            errors.add(new Violation("push.url", "HTTPS is required: the URL must start with https://"));
        }
        if (pushSecret != null && secretProblem(pushSecret) != null) {
            errors.add(new Violation("push.secret", secretProblem(pushSecret)));
        }
        if (pushUrl == null && pushSecret != null) {
            errors.add(new Violation("push.url", "is required with a push secret"));
        }
        return errors;
    }

    /** Throws with every violation at once, so an operator fixes a body in one round. */
    public Witness toWitness(PushUrls pushUrls) {
        List<Violation> errors = violations(pushUrls);
        if (!errors.isEmpty()) {
            throw new InvalidRegistrationException(errors);
        }
        return new Witness(id, displayName, jurisdictions.stream().distinct().toList(), parsedUrl(), pull);
    }

    private Optional<URI> parsedUrl() {
        try {
            URI uri = URI.create(pushUrl);
            boolean http = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
