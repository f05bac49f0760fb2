package dev.microcred.talent.support;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Held credentials as a view shows them, for tests of what is computed from a portfolio. */
public final class Held {

    private Held() {
    }

    public static HeldCredential credential(String hash, String code, String title, String level, Instant issuedAt,
            Status status, double weight) {
        return new HeldCredential(hash, "verify:aws.training/cred/" + hash, "aws.training", Optional.of(title),
                Optional.of("SKILL_MODULE"), Optional.ofNullable(code), Optional.ofNullable(level),
                Optional.of(issuedAt), Optional.empty(), status, weight, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static HeldCredential cme(String hash, String credits, String category, Instant issuedAt, Status status) {
        return new HeldCredential(hash, "verify:ama-assn.org/cme/v/" + hash, "ama-assn.org",
                Optional.of("Advanced Cardiac Imaging"), Optional.of("CONTINUING_EDUCATION"), Optional.of("CME"),
                Optional.empty(), Optional.of(issuedAt), Optional.empty(), status, status.counts() ? 1 : 0,
                Optional.of(new BigDecimal(credits)), Optional.of("CME"), Optional.of(category), Optional.empty());
    }
}
