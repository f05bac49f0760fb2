package dev.microcred.talent.check.api;

import dev.microcred.talent.portfolio.CredentialCheck;
import dev.microcred.talent.portfolio.IssuerCheck;
import dev.microcred.talent.portfolio.OurIssuers;
import dev.microcred.text.client.LiveAnswer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Checks a pasted credential for the verify page, step by step as live-verify's apps show it: the text found, the
 * normalized text, its hash, the issuer domain asked and what it answered. Nothing is stored.
 */
@Path("/api/v1/checks")
public class CheckResource {

    private final CredentialCheck check;

    CheckResource(OurIssuers issuers, IssuerCheck check) {
        this.check = new CredentialCheck(issuers, check);
    }

    public record CheckRequest(String text) {
    }

    /**
     * @param outcome VERIFIED, CHANGED (the status says which), NOT_FOUND, UNAVAILABLE, ...
     * @param status  the status word a client shows (OK, REVOKED, NOT_FOUND, ...)
     * @param url     the request as a client makes it
     */
    public record CheckView(String extractedText, String normalizedText, String hash, String verifyLine, String domain,
            String url, boolean verified, String outcome, String status, String message) {

        static CheckView of(LiveAnswer answer) {
            var text = answer.text();
            return new CheckView(text.hashedText(), text.normalizedText(), text.hash(), text.verifyLine().text(),
                    text.verifyLine().domain(), answer.clientUrl(), answer.verdict().verified(),
                    answer.verdict().outcome().name(), answer.verdict().status(), answer.verdict().message());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CheckView check(CheckRequest request) throws InterruptedException {
        return CheckView.of(check.check(request == null ? null : request.text()).answer());
    }
}
