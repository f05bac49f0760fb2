package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.SkillModule;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Issues a {@link SkillModule}; {@code scorePercent}, {@code hours} and {@code credentialCode} are optional. */
public final class SkillModuleRequest extends IssueCredentialRequest {

    @NotBlank @TextLine
    private String holder;
    @NotBlank @TextLine
    private String credential;
    @NotBlank @TextLine
    private String moduleType;
    @NotBlank @TextLine
    private String level;
    @NotNull
    private LocalDate completedOn;
    @Min(0) @Max(100)
    private Integer scorePercent;
    @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2)
    private BigDecimal hours;
    @TextLine
    private String credentialCode;

    @Override
    public CredentialContent toContent() {
        return new SkillModule(holder, credential, moduleType, level, completedOn, scorePercent, hours,
                credentialCode, validUntil());
    }
}
