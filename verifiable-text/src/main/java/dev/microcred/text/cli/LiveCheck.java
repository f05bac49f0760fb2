package dev.microcred.text.cli;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.client.LiveAnswer;
import dev.microcred.text.client.LiveVerifier;

/**
 * Reports each step of a live check, as a client would take it, so a person can compare it with
 * what their client shows; only the status answer decides the exit code.
 */
final class LiveCheck {

    private final LiveVerifier verifier;
    private final Report report;

    LiveCheck(LiveVerifier verifier, Report report) {
        this.verifier = verifier;
        this.report = report;
    }

    /** @return true if the issuer verified the text */
    boolean run(VerifiableText text) throws InterruptedException {
        LiveAnswer answer = verifier.verify(text);
        answer.metadataNote().ifPresent(note -> report.section("Metadata", note));
        if (answer.renormalized()) {
            var rules = answer.metadata().orElseThrow().rules();
            report.section("Issuer rules", "re-normalized with the issuer's rules: charNormalization '"
                    + rules.charNormalization() + "', " + rules.ocrNormalizationRules().size() + " OCR rule(s)");
            report.describeHash(answer.text(), " (with issuer rules)");
        }
        answer.sentTo().ifPresent(sent -> {
            String asClient = answer.clientUrl();
            report.section("Request", sent.toString().equals(asClient) ? "GET " + sent
                    : "GET " + asClient + "\n(sent to " + sent + ")");
        });
        report.section("Status", answer.verdict().message());
        return answer.verdict().verified();
    }
}
