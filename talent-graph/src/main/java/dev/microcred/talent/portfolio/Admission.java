package dev.microcred.talent.portfolio;

import dev.microcred.talent.facts.Status;
import dev.microcred.text.VerifiableText;
import dev.microcred.text.client.LiveAnswer;
import dev.microcred.text.client.Verdict;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a pasted credential may enter a portfolio, decided by a {@link CredentialCheck} as a live-verify client
 * decides. Only our issuers' credentials enter, since only theirs the status stream keeps current. A credential the issuer
 * revoked, superseded or let expire still enters, with that status: the holder's record shows it as it is.
 */
public final class Admission {

    private static final Set<String> CHANGED_STATUSES = Set.of("REVOKED", "EXPIRED", "SUPERSEDED");

    private final CredentialCheck check;

    public Admission(CredentialCheck check) {
        this.check = check;
    }

    /**
     * @param input    the credential's text, or its HTML block
     * @param keepText whether the holder consented to keeping the text itself (the hashed lines and the verify
     *                 line, so whoever it is shared with can check it again)
     * @throws Refusal unless the issuer answered for the text on its own domain
     */
    public Holding admit(String input, boolean keepText, Instant now) throws InterruptedException {
        CredentialCheck.Checked checked = check.check(input);
        VerifiableText text = checked.text();
        LiveAnswer answer = checked.answer();
        String issuerId = checked.issuerId();
        Status status = statusOf(answer.verdict(), text.verifyLine().domain());
        VerifiableText hashed = answer.text();
        return new Holding(hashed.hash(), text.verifyLine().text(), issuerId, Claims.of(hashed.normalizedText()),
                keepText ? Optional.of(hashed.hashedText() + "\n" + text.verifyLine().text()) : Optional.empty(), status, now);
    }

    private static Status statusOf(Verdict verdict, String domain) {
        return switch (verdict.outcome()) {
            case VERIFIED -> Status.VALID;
            case CHANGED -> {
                if (!CHANGED_STATUSES.contains(verdict.status())) {
                    throw new Refusal(Refusal.Kind.ISSUER_UNAVAILABLE, domain + " answered a status outside the protocol");
                }
                yield Status.valueOf(verdict.status());
            }
            case NOT_FOUND -> throw new Refusal(Refusal.Kind.NOT_VERIFIED,
                    domain + " does not know this text: never issued, deleted, or altered");
            default -> throw new Refusal(Refusal.Kind.ISSUER_UNAVAILABLE,
                    domain + " could not answer now (" + verdict.outcome() + "); try again later");
        };
    }
}
