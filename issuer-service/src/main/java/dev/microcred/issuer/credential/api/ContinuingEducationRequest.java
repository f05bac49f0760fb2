package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.microcred.issuer.document.ContinuingEducation;
import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Issues a {@link ContinuingEducation} unit. {@code holderTitle} defaults to {@code Participant};
 * {@code licenseIdLabel} and {@code licenseId} ({@code NPI}, {@code 1234567890}) come together or
 * not at all; {@code credentialCode} is optional.
 */
public final class ContinuingEducationRequest extends IssueCredentialRequest {

    @TextLine
    private String holderTitle;
    @NotBlank @TextLine
    private String holder;
    @TextLine
    private String licenseIdLabel;
    @TextLine
    private String licenseId;
    @NotBlank @TextLine
    private String activity;
    @NotBlank @TextLine
    private String category;
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2)
    private BigDecimal credits;
    @NotBlank @TextLine
    private String creditUnit;
    @NotNull
    private LocalDate completedOn;
    @NotBlank @TextLine
    private String format;
    @NotBlank @TextLine
    private String provider;
    @TextLine
    private String credentialCode;

    /** Reported as the property {@code licenseIdWithLabel}. */
    @JsonIgnore
    @AssertTrue(message = "licenseIdLabel and licenseId must be given together")
    public boolean isLicenseIdWithLabel() {
        return isBlank(licenseIdLabel) == isBlank(licenseId);
    }

    @Override
    public CredentialContent toContent() {
        return new ContinuingEducation(holderTitle, holder, licenseIdLabel, licenseId, activity, category,
                credits, creditUnit, completedOn, format, provider, credentialCode, validUntil());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
