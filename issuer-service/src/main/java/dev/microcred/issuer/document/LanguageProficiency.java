package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A standardized language test result, such as the seed's Duolingo English Test.
 *
 * <p>The test id is the credential code and the CEFR estimate is the level. Subscores keep the
 * issuer's order; with none, the {@code Subscores:} paragraph is left out. An expiry, when given,
 * is printed in the seed's place as {@code Valid Until: ...}.
 */
public record LanguageProficiency(
        String testTaker,
        String testId,
        int overallScore,
        int maxScore,
        List<Subscore> subscores,
        String cefrEstimate,
        LocalDate testedOn,
        LocalDate expiresOn) implements CredentialContent {

    /** One part of the test, printed as {@code - Literacy: 120}. */
    public record Subscore(String name, int score) {

        public Subscore {
            name = FieldRules.text("subscore name", name);
            FieldRules.atLeast("subscore score", score, 0);
        }

        String line() {
            return name + ": " + score;
        }
    }

    public LanguageProficiency {
        testTaker = FieldRules.text("testTaker", testTaker);
        testId = FieldRules.text("testId", testId);
        FieldRules.atLeast("overallScore", overallScore, 0);
        FieldRules.atLeast("maxScore", maxScore, 1);
        if (overallScore > maxScore) {
            throw new IllegalArgumentException("overallScore must not exceed maxScore");
        }
        subscores = FieldRules.items("subscores", subscores, false);
        cefrEstimate = FieldRules.text("cefrEstimate", cefrEstimate);
        FieldRules.present("testedOn", testedOn);
    }

    @Override
    public DocumentType type() {
        return DocumentType.LANGUAGE_PROFICIENCY;
    }

    @Override
    public List<String> body(DateStyle style) {
        BodyLines body = new BodyLines(style)
                .line("Test Taker", testTaker)
                .line("Test ID", testId).blank()
                .line("Overall Score", overallScore + " / " + maxScore).blank();
        if (!subscores.isEmpty()) {
            body.list("Subscores", subscores.stream().map(Subscore::line).toList()).blank();
        }
        return body.line("CEFR Estimate", cefrEstimate)
                .date("Test Date", testedOn)
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    /** None: the test id identifies one person's sitting, so it must not leave the issuer database. */
    @Override
    public String credentialCode() {
        return null;
    }

    /** None: the CEFR estimate is the test taker's own result, like a score, so it stays in the issuer database. */
    @Override
    public String level() {
        return null;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
