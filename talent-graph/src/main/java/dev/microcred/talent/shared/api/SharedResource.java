package dev.microcred.talent.shared.api;

import dev.microcred.talent.attestation.AttestationCheck;
import dev.microcred.talent.attestation.Attestations;
import dev.microcred.talent.education.CreditTotals;
import dev.microcred.talent.hiring.Checklist;
import dev.microcred.talent.hiring.ChecklistMatch;
import dev.microcred.talent.hiring.api.ChecklistRequest;
import dev.microcred.talent.pathway.StackCheck;
import dev.microcred.talent.pathway.persistence.PathwayTable;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.portfolio.Portfolios;
import dev.microcred.talent.portfolio.Refusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What a third party sees through a share link: the portfolio with each credential's status now, a pathway's stack,
 * a job checklist matched, continuing-education totals, a peer attestation's attestors. A withdrawn link answers 404 like one that never existed.
 */
@Path("/api/v1/shared/{shareId}")
@Produces(MediaType.APPLICATION_JSON)
public class SharedResource {

    private final Portfolios portfolios;
    private final PathwayTable pathways;
    private final Attestations attestations;

    SharedResource(Portfolios portfolios, PathwayTable pathways, Attestations attestations) {
        this.portfolios = portfolios;
        this.pathways = pathways;
        this.attestations = attestations;
    }

    /** A peer attestation's attestors, each with whether their own credential verifies now, and the confidence. */
    @GET
    @Path("/credentials/{hash}/attestation")
    public AttestationCheck attestation(@PathParam("shareId") String shareId, @PathParam("hash") String hash) {
        return attestations.check(portfolios.sharedPortfolio(shareId), hash);
    }

    public record SharedView(List<HeldCredential> credentials) {
    }

    @GET
    public SharedView view(@PathParam("shareId") String shareId) {
        return new SharedView(portfolios.shared(shareId));
    }

    @GET
    @Path("/pathways/{pathwayId}")
    public StackCheck stack(@PathParam("shareId") String shareId, @PathParam("pathwayId") String pathwayId) {
        List<HeldCredential> held = portfolios.shared(shareId);
        return StackCheck.of(pathways.find(pathwayId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "no such pathway: " + pathwayId)), held);
    }

    @POST
    @Path("/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChecklistMatch match(@PathParam("shareId") String shareId, ChecklistRequest request) {
        Checklist checklist = ChecklistRequest.toChecklist(request);
        return ChecklistMatch.of(checklist, portfolios.shared(shareId), portfolios.now());
    }

    /** @param from first day counted (default: two years ago), @param to last day counted (default: today), UTC */
    @GET
    @Path("/credits")
    public CreditTotals credits(@PathParam("shareId") String shareId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("category") String category) {
        LocalDate today = LocalDate.ofInstant(portfolios.now(), ZoneOffset.UTC);
        LocalDate last = day("to", to, today);
        LocalDate first = day("from", from, last.minusYears(2).plusDays(1));
        if (first.isAfter(last)) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "from is after to");
        }
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return CreditTotals.of(portfolios.shared(shareId), start, end, Optional.ofNullable(category).filter(c -> !c.isBlank()));
    }

    private static LocalDate day(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw new Refusal(Refusal.Kind.INVALID_REQUEST, name + " must be a date between the years 1900 and 9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, name + " must be a date, YYYY-MM-DD");
        }
    }
}
