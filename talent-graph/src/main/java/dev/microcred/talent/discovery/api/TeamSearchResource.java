package dev.microcred.talent.discovery.api;

import dev.microcred.support.access.BearerTokens;
import dev.microcred.talent.hiring.api.ChecklistRequest;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.discovery.TeamSearch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import dev.microcred.talent.facts.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Team assembly: who holds X, Y and Z, among holders who opted in to be found. Searchers are the employers and
 * project leads the operator gave a token ({@code talent.search.tokens}); they see discovery ids and verified
 * credentials, never a holder's token or portfolio id.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TeamSearchResource {

    private static final int RESULTS = 50;

    private static final String SEARCHER_REQUIRED = "a searcher token is required: Authorization: Bearer <token>";

    private final TeamSearch teams;
    private final BearerTokens searchers;

    TeamSearchResource(TeamSearch teams, @ConfigProperty(name = "talent.search.tokens") String searchers) {
        this.teams = teams;
        this.searchers = BearerTokens.of(searchers);
    }

    public record SearchResult(List<TeamSearch.Candidate> candidates) {
    }

    public record CandidateView(String discoveryId, List<CandidateCredential> credentials) {
    }

    /**
     * A credential as a searcher sees it: the issuer's facts, status and weight, but neither the text (kept for those
     * the holder shares with) nor the verify line (whose path often names the holder).
     */
    public record CandidateCredential(String hash, String issuerDomain, Optional<String> title,
            Optional<String> documentType, Optional<String> credentialCode, Optional<String> level,
            Optional<Instant> issuedAt, Optional<LocalDate> validUntil, Status status, double weight) {

        static CandidateCredential of(HeldCredential c) {
            return new CandidateCredential(c.hash(), c.issuerDomain(), c.title(), c.documentType(), c.credentialCode(),
                    c.level(), c.issuedAt(), c.validUntil(), c.status(), c.weight());
        }
    }

    @POST
    @Path("/team-search")
    @Consumes(MediaType.APPLICATION_JSON)
    public SearchResult search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ChecklistRequest request) {
        searchers.require(authorization, SEARCHER_REQUIRED);
        return new SearchResult(teams.search(ChecklistRequest.toChecklist(request), RESULTS));
    }

    @GET
    @Path("/candidates/{discoveryId}")
    public CandidateView candidate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("discoveryId") String discoveryId) {
        searchers.require(authorization, SEARCHER_REQUIRED);
        return new CandidateView(discoveryId,
                teams.candidate(discoveryId).stream().map(CandidateCredential::of).toList());
    }
}
