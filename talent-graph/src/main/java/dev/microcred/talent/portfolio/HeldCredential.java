package dev.microcred.talent.portfolio;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.Status;
import dev.microcred.talent.freshness.Freshness;
import dev.microcred.text.VerifyLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A holding as a third party sees it at one moment: the issuer's structured facts (kind, code, level, dates), the
 * status now, the claims of its text and its freshness weight. Facts are empty until the status stream has carried
 * the hash; the holding then shows what the issuer answered when it was added.
 */
public record HeldCredential(String hash, String verifyLine, String issuerDomain, Optional<String> title,
        Optional<String> documentType, Optional<String> credentialCode, Optional<String> level,
        Optional<Instant> issuedAt, Optional<LocalDate> validUntil, Status status, double weight,
        Optional<BigDecimal> credits, Optional<String> creditUnit, Optional<String> category, Optional<String> text) {

    public static HeldCredential of(Holding holding, Optional<CredentialFacts> facts, Instant now) {
        Status status = holding.statusAt(facts, now);
        double weight = facts.map(f -> Freshness.weight(f.documentType(), f.issuedAt(), status.counts(), now))
                .orElse(status.counts() ? 1.0 : 0.0);
        Claims claims = holding.claims();
        return new HeldCredential(holding.hash(), holding.verifyLine(),
                facts.map(CredentialFacts::issuerDomain).orElse(domainOf(holding.verifyLine())), claims.title(),
                facts.map(CredentialFacts::documentType), facts.map(CredentialFacts::credentialCode),
                facts.map(CredentialFacts::level), facts.map(CredentialFacts::issuedAt),
                facts.map(CredentialFacts::validUntil), status, weight, claims.credits(), claims.creditUnit(),
                claims.category(), holding.text());
    }

    private static String domainOf(String verifyLine) {
        return VerifyLine.parse(verifyLine).orElseThrow().domain();
    }
}
