package dev.microcred.talent.attestation;

import dev.microcred.talent.attestation.persistence.AttestorTable;
import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.talent.portfolio.Refusal;
import dev.microcred.talent.portfolio.persistence.PortfolioTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Attestor chains of held peer attestations: named by the holder, checked against the status stream's facts. */
@ApplicationScoped
public class Attestations {

    static final int MAX_ATTESTORS = 20;

    /** One attestor as named: the credential by hash or verify URL, the relationship, the claim. */
    public record Named(String credential, String relationship, String claim) {
    }

    private final AttestorTable attestors;
    private final PortfolioTable portfolios;
    private final FactsTable facts;
    private final Clock clock;

    Attestations(AttestorTable attestors, PortfolioTable portfolios, FactsTable facts, Clock clock) {
        this.attestors = attestors;
        this.portfolios = portfolios;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * Replaces the attestors of a held credential. Every attestor's credential must be one the status stream carried,
     * answered for by the domain its URL names; otherwise nothing is written.
     *
     * @throws Refusal NOT_FOUND, INVALID_REQUEST or UNKNOWN_ATTESTOR_CREDENTIAL
     */
    public AttestationCheck name(UUID portfolio, String hash, List<Named> named) {
        requireHeld(portfolio, hash);
        CredentialFacts attestation = facts.of(List.of(hash)).get(hash);
        if (attestation == null || !"PEER_ATTESTATION".equals(attestation.documentType())) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "attestors are named for a held peer attestation"
                    + " (one the status stream has carried)");
        }
        if (named == null || named.isEmpty() || named.size() > MAX_ATTESTORS) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "an attestation names 1 to " + MAX_ATTESTORS + " attestors");
        }
        List<AttestorReference> references = named.stream().map(n -> reference(n)).toList();
        Map<String, CredentialFacts> known = facts.of(references.stream().map(AttestorReference::hash).toList());
        for (int i = 0; i < references.size(); i++) {
            AttestorReference r = references.get(i);
            CredentialFacts f = known.get(r.hash());
            if (f == null || r.domain().filter(d -> !d.equals(f.issuerDomain())).isPresent()) {
                throw new Refusal(Refusal.Kind.UNKNOWN_ATTESTOR_CREDENTIAL, "attestor " + (i + 1)
                        + ": no issuer of this platform issued that credential" + r.domain().map(d -> " at " + d).orElse(""));
            }
            if (r.hash().equals(hash)) {
                throw new Refusal(Refusal.Kind.INVALID_REQUEST, "attestor " + (i + 1) + ": an attestation cannot vouch for itself");
            }
        }
        if (new HashSet<>(references.stream().map(AttestorReference::hash).toList()).size() != references.size()) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "each attestor's credential is named once");
        }
        List<Attestor> chain = new java.util.ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            chain.add(attestor(i, references.get(i).hash(), named.get(i)));
        }
        attestors.replace(portfolio, hash, chain);
        return AttestationCheck.of(hash, chain, known, clock.instant());
    }

    public AttestationCheck check(UUID portfolio, String hash) {
        requireHeld(portfolio, hash);
        List<Attestor> chain = attestors.of(portfolio, hash);
        return AttestationCheck.of(hash, chain, facts.of(chain.stream().map(Attestor::credentialHash).toList()),
                clock.instant());
    }

    private void requireHeld(UUID portfolio, String hash) {
        if (portfolios.holding(portfolio, hash).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "the portfolio holds no credential with this hash");
        }
    }

    private static AttestorReference reference(Named n) {
        try {
            return AttestorReference.parse(n == null ? null : n.credential());
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, e.getMessage());
        }
    }

    private static Attestor attestor(int i, String hash, Named n) {
        try {
            return new Attestor(hash, n.relationship(), n.claim());
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "attestor " + (i + 1) + ": " + e.getMessage());
        }
    }
}
