package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.PracticalCompetency;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Issues a {@link PracticalCompetency}; {@code registration} and {@code assessorRegistration} are optional. */
public final class PracticalCompetencyRequest extends IssueCredentialRequest {

    @NotBlank @TextLine
    private String candidate;
    @TextLine
    private String registration;
    @NotBlank @TextLine
    private String unit;
    @NotBlank @TextLine
    private String unitCode;
    @NotBlank @TextLine
    private String level;
    @NotBlank @TextLine
    private String assessment;
    @NotBlank @TextLine
    private String result;
    @NotNull
    private LocalDate assessedOn;
    @NotBlank @TextLine
    private String assessorName;
    @TextLine
    private String assessorRegistration;

    @Override
    public CredentialContent toContent() {
        return new PracticalCompetency(candidate, registration, unit, unitCode, level, assessment, result,
                assessedOn, assessorName, assessorRegistration, validUntil());
    }
}
