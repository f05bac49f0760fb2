package dev.microcred.talent.attestation.api;

import dev.microcred.talent.attestation.AttestationCheck;
import dev.microcred.talent.attestation.Attestations;
import dev.microcred.talent.portfolio.Portfolios;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A held peer attestation's attestor chain, as its holder names and checks it (share-link viewers: SharedResource). */
@Path("/api/v1/portfolios/mine/credentials/{hash}/attestors")
@Produces(MediaType.APPLICATION_JSON)
public class AttestationResource {

    private final Attestations attestations;
    private final Portfolios portfolios;

    AttestationResource(Attestations attestations, Portfolios portfolios) {
        this.attestations = attestations;
        this.portfolios = portfolios;
    }

    public record NameAttestors(List<Attestations.Named> attestors) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AttestationCheck name(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("hash") String hash, NameAttestors request) {
        return attestations.name(portfolios.open(authorization), hash, request == null ? null : request.attestors());
    }

    @GET
    public AttestationCheck mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("hash") String hash) {
        return attestations.check(portfolios.open(authorization), hash);
    }
}
