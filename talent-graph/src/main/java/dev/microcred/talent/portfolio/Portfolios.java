package dev.microcred.talent.portfolio;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.talent.access.HolderTokens;
import dev.microcred.support.access.Bearer;
import dev.microcred.support.access.NotAuthenticatedException;
import dev.microcred.talent.portfolio.persistence.PortfolioTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What holders do with their portfolio, and what a share link shows. */
@ApplicationScoped
public class Portfolios {
    private final PortfolioTable table;
    private final FactsTable facts;
    private final Admission admission;
    private final Clock clock;

    Portfolios(PortfolioTable table, FactsTable facts, OurIssuers issuers, IssuerCheck check, Clock clock) {
        this.table = table;
        this.facts = facts;
        this.admission = new Admission(new CredentialCheck(issuers, check));
        this.clock = clock;
    }

    public record Created(UUID id, String holderToken) {
    }

    public Created create(boolean discoverable) {
        UUID id = UUID.randomUUID();
        String token = HolderTokens.newToken();
        table.create(id, HolderTokens.digest(token), discoverable ? HolderTokens.newDiscoveryId() : null, clock.instant());
        return new Created(id, token);
    }

    /** @throws NotAuthenticatedException unless the Authorization header holds a portfolio's token */
    public UUID open(String authorization) {
        return table.byTokenDigest(HolderTokens.digest(Bearer.token(authorization)))
                .orElseThrow(() -> new NotAuthenticatedException("this token opens no portfolio"));
    }

    /** @param created false when the portfolio already held it (the request's keepText then replaces the old consent) */
    public record Added(HeldCredential credential, boolean created) {
    }

    public Added add(UUID portfolio, String text, boolean keepText) throws InterruptedException {
        return add(portfolio, text, keepText, Optional.empty());
    }

    /** @param expectedHash the hash a wrapper (an Open Badge's credentialStatus) says the text has */
    public Added add(UUID portfolio, String text, boolean keepText, Optional<String> expectedHash)
            throws InterruptedException {
        Holding holding = admission.admit(text, keepText, clock.instant());
        if (expectedHash.filter(h -> !h.equals(holding.hash())).isPresent()) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "the credentialStatus names another hash than the text has");
        }
        boolean created = table.add(portfolio, holding);
        if (!created) {
            table.keepText(portfolio, holding.hash(), holding.text());
        }
        return new Added(held(portfolio, holding.hash()), created);
    }

    /** One held credential as {@link #view} shows it, reading only that one (an add into a large portfolio stays cheap). */
    public HeldCredential held(UUID portfolio, String hash) {
        Holding holding = table.holding(portfolio, hash)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "the portfolio holds no credential with this hash"));
        return HeldCredential.of(holding, Optional.ofNullable(facts.of(List.of(hash)).get(hash)), clock.instant());
    }

    public List<HeldCredential> view(UUID portfolio) {
        Instant now = clock.instant();
        List<Holding> holdings = table.holdings(portfolio);
        Map<String, CredentialFacts> known = facts.of(holdings.stream().map(Holding::hash).toList());
        return holdings.stream().map(h -> HeldCredential.of(h, Optional.ofNullable(known.get(h.hash())), now)).toList();
    }

    /** What a share link shows; withdrawn or unknown links are the same 404. */
    public List<HeldCredential> shared(String shareId) {
        return view(sharedPortfolio(shareId));
    }

    public UUID sharedPortfolio(String shareId) {
        return table.sharedBy(shareId).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "no such share link"));
    }

    public void remove(UUID portfolio, String hash) {
        if (!table.remove(portfolio, hash)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "the portfolio holds no credential with this hash");
        }
    }

    /** Erases the portfolio: every holding, kept text and share link with it. */
    public void erase(UUID portfolio) {
        table.delete(portfolio);
    }

    public String share(UUID portfolio) {
        String id = HolderTokens.newShareId();
        table.share(id, portfolio, clock.instant());
        return id;
    }

    public List<String> shares(UUID portfolio) {
        return table.shares(portfolio);
    }

    public void withdraw(UUID portfolio, String shareId) {
        if (!table.withdraw(portfolio, shareId)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "no such share link");
        }
    }

    public Instant now() {
        return clock.instant();
    }
}
