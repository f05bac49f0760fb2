package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.ProjectCompletion;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues a {@link ProjectCompletion}: at least one contribution; profile, project code, start date,
 * hours and verifier are optional, and the project cannot start after it was completed.
 */
public final class ProjectCompletionRequest extends IssueCredentialRequest {

    /** Who confirms the contribution, such as {@code {"name": "Jane Doe", "role": "Tech Lead"}}. */
    public record VerifierRequest(@NotBlank @TextLine String name, @TextLine String role) {

        ProjectCompletion.Verifier toVerifier() {
            return new ProjectCompletion.Verifier(name, role);
        }
    }

    @NotBlank @TextLine
    private String contributor;
    @TextLine
    private String contributorProfile;
    @NotBlank @TextLine
    private String project;
    @TextLine
    private String projectCode;
    @NotBlank @TextLine
    private String role;
    @NotEmpty @Size(max = 20)
    private List<@NotBlank @TextLine String> contributions;
    private LocalDate startedOn;
    @NotNull
    private LocalDate completedOn;
    @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2)
    private BigDecimal hours;
    @Valid
    private VerifierRequest verifiedBy;

    /** Reported as the property {@code startedBeforeCompleted}. */
    @JsonIgnore
    @AssertTrue(message = "startedOn must not be after completedOn")
    public boolean isStartedBeforeCompleted() {
        return startedOn == null || completedOn == null || !startedOn.isAfter(completedOn);
    }

    @Override
    public CredentialContent toContent() {
        return new ProjectCompletion(contributor, contributorProfile, project, projectCode, role, contributions,
                startedOn, completedOn, hours, verifiedBy == null ? null : verifiedBy.toVerifier(), validUntil());
    }
}
