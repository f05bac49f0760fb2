package dev.microcred.talent.discovery;

import dev.microcred.talent.access.HolderTokens;
import dev.microcred.talent.discovery.persistence.DiscoveryTable;
import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.talent.hiring.Checklist;
import dev.microcred.talent.hiring.ChecklistMatch;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.portfolio.Holding;
import dev.microcred.talent.portfolio.Portfolios;
import dev.microcred.talent.portfolio.Refusal;
import dev.microcred.talent.portfolio.persistence.PortfolioTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Team assembly: holders opt in to be found; searchers find who holds everything a project needs. */
@ApplicationScoped
public class TeamSearch {

    /** How many portfolios the coarse filter may hand to the exact match. */
    private static final int CANDIDATE_SCAN = 500;

    private final DiscoveryTable discovery;
    private final PortfolioTable portfolios;
    private final Portfolios views;
    private final FactsTable facts;
    private final Clock clock;

    TeamSearch(DiscoveryTable discovery, PortfolioTable portfolios, Portfolios views, FactsTable facts, Clock clock) {
        this.discovery = discovery;
        this.portfolios = portfolios;
        this.views = views;
        this.facts = facts;
        this.clock = clock;
    }

    public record Candidate(String discoveryId, ChecklistMatch match, double weight) {
    }

    /** Opting in gives the portfolio a discovery id (it keeps one it has); opting out deletes it, so old results lead nowhere. */
    public Optional<String> discoverable(UUID portfolio, boolean discoverable) {
        if (discoverable) {
            return discovery.optIn(portfolio, HolderTokens.newDiscoveryId());
        }
        discovery.optOut(portfolio);
        return Optional.empty();
    }

    public Optional<String> discoveryId(UUID portfolio) {
        return discovery.discoveryId(portfolio);
    }

    /** A discoverable portfolio, as a searcher sees it; one that opted out is the same 404 as none. */
    public List<HeldCredential> candidate(String discoveryId) {
        return views.view(discovery.byDiscoveryId(discoveryId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "no such candidate")));
    }

    /**
     * People who hold everything a project needs, among those who opted in to be found: the database narrows to
     * portfolios holding each code and skill, then each is matched exactly. Best matched (total weight) first.
     */
    public List<Candidate> search(Checklist checklist, int limit) {
        List<String> codes = checklist.requirements().stream().flatMap(r -> r.credentialCode().stream()).toList();
        List<String> skills = checklist.requirements().stream().filter(r -> r.credentialCode().isEmpty())
                .flatMap(r -> r.skill().stream()).toList();
        List<DiscoveryTable.Discovered> found = discovery.candidates(codes, skills, CANDIDATE_SCAN);
        Map<UUID, List<Holding>> holdings = portfolios.holdings(found.stream().map(DiscoveryTable.Discovered::id).toList());
        Map<String, CredentialFacts> known = facts.of(holdings.values().stream().flatMap(List::stream)
                .map(Holding::hash).toList());
        Instant now = clock.instant();
        return found.stream()
                .map(d -> {
                    List<HeldCredential> held = holdings.getOrDefault(d.id(), List.of()).stream()
                            .map(h -> HeldCredential.of(h, Optional.ofNullable(known.get(h.hash())), now)).toList();
                    ChecklistMatch match = ChecklistMatch.of(checklist, held, now);
                    return new Candidate(d.discoveryId(), match,
                            match.items().stream().mapToDouble(ChecklistMatch.ItemMatch::weight).sum());
                })
                .filter(c -> c.match().allMet())
                .sorted(Comparator.comparingDouble(Candidate::weight).reversed())
                .limit(limit)
                .toList();
    }
}
