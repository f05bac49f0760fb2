package dev.microcred.text.cli;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.VerifyLine;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The steps a live-verify client takes once it has the text: fetch the optional
 * verification-meta.json, re-normalize with the issuer's rules if it has any, ask for the hash,
 * and show the answer.
 *
 * <p>A missing or unusable metadata file is reported and the check goes on with the standard
 * rules, as clients do; only the status answer decides the exit code.
 */
final class LiveCheck {

    static final String METADATA_FILE = "verification-meta.json";

    private final StatusCheck http;
    private final Report report;

    LiveCheck(StatusCheck http, Report report) {
        this.http = http;
        this.report = report;
    }

    /** @return true if the issuer verified the text */
    boolean run(VerifiableText text) throws InterruptedException {
        VerifyLine line = text.verifyLine();
        try {
            Optional<IssuerMetadata> meta = fetchMetadata(line);
            VerifiableText effective = meta.map(m -> applyRules(text, m)).orElse(text);
            String resource = effective.hash() + meta.map(IssuerMetadata::hashSuffix).orElse("");
            report.section("Request", describe(http.target(line, resource), line, resource));
            Verdict verdict = Verdict.of(http.get(line, resource), line.domain(), meta);
            report.section("Status", verdict.message());
            return verdict.verified();
        } catch (IOException e) {
            report.section("Status", "UNREACHABLE: " + line.domain() + " did not answer (" + e + ")");
            return false;
        }
    }

    private Optional<IssuerMetadata> fetchMetadata(VerifyLine line) throws IOException, InterruptedException {
        HttpAnswer answer = http.get(line, METADATA_FILE);
        if (answer.status() != 200) {
            report.section("Metadata", "none published (HTTP " + answer.status() + "): standard normalization only");
            return Optional.empty();
        }
        try {
            IssuerMetadata meta = IssuerMetadata.fromJson(answer.body());
            report.section("Metadata", "found" + (meta.issuer().isEmpty() ? "" : ", issuer " + meta.issuer())
                    + (meta.rules().isEmpty() ? ", no normalization rules" : ", with normalization rules"));
            return Optional.of(meta);
        } catch (IllegalArgumentException e) {
            report.section("Metadata", "unusable, ignored (" + e.getMessage() + "): standard normalization only");
            return Optional.empty();
        }
    }

    private VerifiableText applyRules(VerifiableText text, IssuerMetadata meta) {
        if (meta.rules().isEmpty()) {
            return text;
        }
        VerifiableText renormalized = text.withRules(meta.rules());
        report.section("Issuer rules", "re-normalized with the issuer's rules: charNormalization '"
                + meta.rules().charNormalization() + "', " + meta.rules().ocrNormalizationRules().size() + " OCR rule(s)");
        report.describeHash(renormalized, " (with issuer rules)");
        return renormalized;
    }

    private static String describe(URI target, VerifyLine line, String resource) {
        String asClient = "https://" + line.base() + "/" + resource;
        String sent = target.toString();
        return sent.equals(asClient) ? "GET " + sent : "GET " + asClient + "\n(sent to " + sent + ")";
    }
}
