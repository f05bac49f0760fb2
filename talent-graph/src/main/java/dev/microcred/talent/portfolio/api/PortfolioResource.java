package dev.microcred.talent.portfolio.api;

import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.portfolio.Portfolios;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.talent.discovery.TeamSearch;
import dev.microcred.talent.openbadges.OpenBadge;
import dev.microcred.talent.pathway.Recommendations;
import dev.microcred.talent.pathway.persistence.PathwayTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A holder's own portfolio. Creating one returns the holder token, shown once; every other call carries it
 * ({@code Authorization: Bearer hld_...}) and acts on that token's portfolio ("mine").
 */
@Path("/api/v1/portfolios")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    private final Portfolios portfolios;
    private final PathwayTable pathways;
    private final TeamSearch teams;

    PortfolioResource(Portfolios portfolios, PathwayTable pathways, TeamSearch teams) {
        this.portfolios = portfolios;
        this.pathways = pathways;
        this.teams = teams;
    }

    /** @param discoverable whether the holder opts in to be found by team-assembly queries */
    public record CreatePortfolio(boolean discoverable) {
    }

    /** @param keepText whether the holder consents to the text being stored and shown to those they share with */
    public record AddCredential(String text, boolean keepText) {
    }

    /** @param discoveryId the id searchers find the portfolio by, absent unless the holder opted in */
    public record PortfolioView(List<HeldCredential> credentials, List<String> shares, Optional<String> discoveryId) {
    }

    public record Discoverability(boolean discoverable) {
    }

    public record ShareLink(String id, String path) {
        static ShareLink of(String id) {
            return new ShareLink(id, "/api/v1/shared/" + id);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreatePortfolio request) {
        Portfolios.Created created = portfolios.create(request != null && request.discoverable());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/mine")
    public PortfolioView mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        UUID id = portfolios.open(authorization);
        return new PortfolioView(portfolios.view(id), portfolios.shares(id), teams.discoveryId(id));
    }

    /** Opts in to be found by team searches, or out. */
    @PUT
    @Path("/mine/discoverable")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> discoverable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Discoverability request) {
        Optional<String> id = teams.discoverable(portfolios.open(authorization), request != null && request.discoverable());
        return id.<Map<String, Object>>map(d -> Map.of("discoverable", true, "discoveryId", d))
                .orElse(Map.of("discoverable", false));
    }

    /** The next credential of each published pathway the holder has started. */
    @GET
    @Path("/mine/recommendations")
    public List<Recommendations.Suggestion> recommendations(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Recommendations.of(pathways.all(), portfolios.view(portfolios.open(authorization)));
    }

    /** Erasure: the portfolio, its holdings, any kept text and every share link. */
    @DELETE
    @Path("/mine")
    public Response erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        portfolios.erase(portfolios.open(authorization));
        return Response.noContent().build();
    }

    @POST
    @Path("/mine/credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AddCredential request)
            throws InterruptedException {
        UUID id = portfolios.open(authorization);
        return respond(portfolios.add(id, request == null ? null : request.text(), request != null && request.keepText()));
    }

    /** A held credential as an Open Badges 3.0 credential whose status is the issuer's live answer. */
    @GET
    @Path("/mine/credentials/{hash}/openbadge")
    public ObjectNode exportBadge(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("hash") String hash) {
        return OpenBadge.export(portfolios.held(portfolios.open(authorization), hash));
    }

    /**
     * Imports an Open Badges 3.0 credential of one of our issuers, checked like a pasted credential. The badge's text
     * is kept unless {@code keepText=false}: it is what the badge is, and what an export gives back.
     */
    @POST
    @Path("/mine/openbadges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importBadge(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode badge,
            @QueryParam("keepText") @DefaultValue("true") boolean keepText) throws InterruptedException {
        UUID id = portfolios.open(authorization);
        String text = OpenBadge.textOf(badge);
        return respond(portfolios.add(id, text, keepText, OpenBadge.statusHash(badge)));
    }

    /** 201 for a credential new to the portfolio, 200 for one it held already. */
    private static Response respond(Portfolios.Added added) {
        return Response.status(added.created() ? 201 : 200).entity(added.credential()).build();
    }

    @DELETE
    @Path("/mine/credentials/{hash}")
    public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("hash") String hash) {
        portfolios.remove(portfolios.open(authorization), hash);
        return Response.noContent().build();
    }

    @POST
    @Path("/mine/shares")
    public Response share(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.status(201).entity(ShareLink.of(portfolios.share(portfolios.open(authorization)))).build();
    }

    @DELETE
    @Path("/mine/shares/{shareId}")
    public Response withdraw(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("shareId") String shareId) {
        portfolios.withdraw(portfolios.open(authorization), shareId);
        return Response.noContent().build();
    }
}
