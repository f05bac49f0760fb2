package dev.microcred.text.client;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.VerifyLine;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The steps a live-verify client takes once it has the text: fetch the optional
 * verification-meta.json, re-normalize with the issuer's rules if it has any, ask for the hash,
 * and read the answer.
 *
 * <p>A missing or unusable metadata file is noted and the check goes on with the standard rules,
 * as clients do; only the status answer decides the verdict.
 */
public final class LiveVerifier {

    static final String METADATA_FILE = "verification-meta.json";

    private final StatusCheck http;

    /**
     * @param resolve      issuer domain to a host:port asked over plain HTTP instead, with the
     *                     domain kept in the Host header (a local stack, or a service inside the
     *                     issuer's network), {@code *} for every domain not listed; empty for
     *                     the public internet
     * @param insecureHttp ask every domain over plain HTTP
     */
    public LiveVerifier(Map<String, String> resolve, boolean insecureHttp) {
        this.http = new StatusCheck(resolve, insecureHttp);
    }

    public LiveAnswer verify(VerifiableText text) throws InterruptedException {
        VerifyLine line = text.verifyLine();
        MetadataRead read;
        try {
            read = readMetadata(http.get(line, METADATA_FILE));
        } catch (IOException e) {
            return new LiveAnswer(text, false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Verdict.unreachable(line.domain(), e));
        }
        Optional<IssuerMetadata> meta = read.metadata();
        VerifiableText effective = meta.filter(m -> !m.rules().isEmpty()).map(m -> text.withRules(m.rules())).orElse(text);
        String resource = effective.hash() + meta.map(IssuerMetadata::hashSuffix).orElse("");
        Verdict verdict;
        try {
            verdict = Verdict.of(http.get(line, resource), line.domain(), meta);
        } catch (IOException e) {
            verdict = Verdict.unreachable(line.domain(), e);
        }
        return new LiveAnswer(effective, effective != text, meta, Optional.of(read.note()),
                Optional.of(http.target(line, resource)), verdict);
    }

    private record MetadataRead(Optional<IssuerMetadata> metadata, String note) {
    }

    private static MetadataRead readMetadata(HttpAnswer answer) {
        if (answer.status() != 200) {
            return new MetadataRead(Optional.empty(),
                    "none published (HTTP " + answer.status() + "): standard normalization only");
        }
        try {
            IssuerMetadata meta = IssuerMetadata.fromJson(answer.body());
            return new MetadataRead(Optional.of(meta), "found" + (meta.issuer().isEmpty() ? "" : ", issuer " + meta.issuer())
                    + (meta.rules().isEmpty() ? ", no normalization rules" : ", with normalization rules"));
        } catch (IllegalArgumentException e) {
            return new MetadataRead(Optional.empty(),
                    "unusable, ignored (" + e.getMessage() + "): standard normalization only");
        }
    }
}
