package dev.microcred.text.cli;

import dev.microcred.text.VerifiableText;

import java.io.PrintStream;

/**
 * The tool's output: labelled sections, so a person can compare each step with what their
 * client or the issuer shows, and a script can pick out one section.
 */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title, String body) {
        out.println("== " + title + " ==");
        out.println(body);
    }

    /** What the tool computed offline, before any request. */
    void describe(VerifiableText text) {
        section("Extracted text (the hashed lines, as found)", text.hashedText());
        describeHash(text, "");
        section("Metadata URL", text.verifyLine().metadataUrl());
    }

    /** The normalized text, its hash and the verify URL; {@code qualifier} marks a re-normalization. */
    void describeHash(VerifiableText text, String qualifier) {
        section("Normalized text" + qualifier, text.normalizedText());
        section("SHA-256" + qualifier, text.hash());
        section("Verify URL" + qualifier, text.url());
    }
}
