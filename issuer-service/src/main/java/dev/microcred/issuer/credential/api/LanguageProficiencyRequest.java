package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.LanguageProficiency;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues a {@link LanguageProficiency} result. {@code subscores} keep their order and may be
 * omitted; the overall score may not exceed {@code maxScore}.
 */
public final class LanguageProficiencyRequest extends IssueCredentialRequest {

    private static final int HIGHEST_SCALE = 100_000;

    /** One part of the test, such as {@code {"name": "Literacy", "score": 120}}. */
    public record SubscoreRequest(@NotBlank @TextLine String name, @NotNull @Min(0) @Max(HIGHEST_SCALE) Integer score) {

        LanguageProficiency.Subscore toSubscore() {
            return new LanguageProficiency.Subscore(name, score);
        }
    }

    @NotBlank @TextLine
    private String testTaker;
    @NotBlank @TextLine
    private String testId;
    @NotNull @Min(0) @Max(HIGHEST_SCALE)
    private Integer overallScore;
    @NotNull @Min(1) @Max(HIGHEST_SCALE)
    private Integer maxScore;
    @Size(max = 20)
    private List<@NotNull @Valid SubscoreRequest> subscores;
    @NotBlank @TextLine
    private String cefrEstimate;
    @NotNull
    private LocalDate testedOn;

    /** Reported as the property {@code overallScoreWithinMaxScore}. */
    @JsonIgnore
    @AssertTrue(message = "overallScore must not exceed maxScore")
    public boolean isOverallScoreWithinMaxScore() {
        return overallScore == null || maxScore == null || overallScore <= maxScore;
    }

    @Override
    public CredentialContent toContent() {
        List<LanguageProficiency.Subscore> parts = subscores == null
                ? List.of()
                : subscores.stream().map(SubscoreRequest::toSubscore).toList();
        return new LanguageProficiency(testTaker, testId, overallScore, maxScore, parts, cefrEstimate,
                testedOn, validUntil());
    }
}
