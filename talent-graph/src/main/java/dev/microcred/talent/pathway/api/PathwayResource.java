package dev.microcred.talent.pathway.api;

import dev.microcred.support.access.BearerTokens;
import dev.microcred.talent.pathway.Pathway;
import dev.microcred.talent.pathway.persistence.PathwayTable;
import dev.microcred.talent.portfolio.Refusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pathways: anyone may read them; the operator publishes them for the issuers ({@code talent.operator.tokens}, a
 * comma-separated list so a token is rotated without lockout).
 */
@Path("/api/v1/pathways")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

    private final PathwayTable pathways;
    private final BearerTokens operators;
    private final Clock clock;

    PathwayResource(PathwayTable pathways, @ConfigProperty(name = "talent.operator.tokens") String operators, Clock clock) {
        this.pathways = pathways;
        this.operators = BearerTokens.of(operators);
        this.clock = clock;
    }

    public record PublishPathway(String name, List<Pathway.Step> steps) {
    }

    @GET
    public List<Pathway> all() {
        return pathways.all();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Pathway publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            PublishPathway request) {
        operators.require(authorization, "an operator token is required: Authorization: Bearer <token>");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "a pathway id is 1 to 64 lower-case letters, digits and dashes");
        }
        if (request == null || request.name() == null || request.name().isBlank() || request.steps() == null
                || request.steps().isEmpty() || request.steps().stream().anyMatch(s -> s == null
                        || s.credentialCode() == null || s.credentialCode().isBlank())) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "a pathway has a name and steps, each with a credentialCode");
        }
        Pathway pathway = new Pathway(id, request.name().trim(), request.steps());
        pathways.publish(pathway, clock.instant());
        return pathway;
    }
}
