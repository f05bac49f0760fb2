package dev.microcred.issuer.account.api;

import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.account.IssuerId;
import dev.microcred.issuer.account.VerifyBase;
import dev.microcred.issuer.document.DateStyle;
import dev.microcred.issuer.document.DocumentType;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** An operator's description of an issuer. {@code verifyBase} is written as after {@code verify:}, e.g. {@code aws.training/cred}. */
public record IssuerRequest(
        @NotBlank @Pattern(regexp = IssuerId.PATTERN, message = "lower-case letters, digits and '-'") String id,
        @NotBlank @TextLine String displayName,
        @NotBlank @Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,63}(/[A-Za-z0-9._~-]{1,64}){0,5}",
                message = "a lower-case domain and optional path, as after verify:, e.g. aws.training/cred") String verifyBase,
        @NotEmpty @Size(max = 20) List<@Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "ISO 3166 code such as UK or US-CA") String> jurisdictions,
        DateStyle dateStyle,
        Set<DocumentType> serialOff) {

    /** Backstop for what the pattern cannot say, such as a domain label over 63 characters. */
    @AssertTrue(message = "is not a valid domain and path")
    public boolean isVerifyBaseWellFormed() {
        try {
            return verifyBase == null || VerifyBase.parse(verifyBase.strip()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Issuer toIssuer() {
        return new Issuer(id, displayName.strip(), VerifyBase.parse(verifyBase.strip()), jurisdictions,
                dateStyle == null ? DateStyle.US : dateStyle, serialOff == null ? Set.of() : serialOff);
    }
}
