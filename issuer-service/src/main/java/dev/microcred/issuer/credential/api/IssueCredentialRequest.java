package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.DocumentType;
import dev.microcred.issuer.document.VerifyAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The body of a request to issue one credential. {@code documentType} (an enum constant name such
 * as {@code SKILL_MODULE}) picks the subclass, which carries that type's fields.
 *
 * <p>Fields are private and set by Jackson directly (field visibility {@code ANY}); callers read
 * the common fields through accessors and the rest only through {@link #toContent()}. A request
 * that passes Bean Validation converts without an exception: every rule of the core records has a
 * constraint here, so a bad body yields field-level violations (such as {@code holder} or
 * {@code subscores[0].score}) instead of an error from deep inside the domain.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "documentType", visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = SkillModuleRequest.class, name = "SKILL_MODULE"),
    @JsonSubTypes.Type(value = PracticalCompetencyRequest.class, name = "PRACTICAL_COMPETENCY"),
    @JsonSubTypes.Type(value = PeerAttestationRequest.class, name = "PEER_ATTESTATION"),
    @JsonSubTypes.Type(value = ContinuingEducationRequest.class, name = "CONTINUING_EDUCATION"),
    @JsonSubTypes.Type(value = LanguageProficiencyRequest.class, name = "LANGUAGE_PROFICIENCY"),
    @JsonSubTypes.Type(value = OpenBadgeRequest.class, name = "OPEN_BADGE"),
    @JsonSubTypes.Type(value = ProjectCompletionRequest.class, name = "PROJECT_COMPLETION")
})
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class IssueCredentialRequest {

    @NotNull
    private DocumentType documentType;

    /** Optional: appended to the issuer's verify base, {@code aws.training/cred} + {@code /jc-lambda-2026}. */
    @Pattern(regexp = VerifyAddress.SEGMENT_PATTERN,
            message = "must be 1 to 64 of A-Z a-z 0-9 . _ ~ - and not . or ..")
    private String pathSegment;

    /** Optional expiry of the credential. */
    private LocalDate validUntil;

    public DocumentType documentType() {
        return documentType;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    /** The domain content this request asks to issue; call only on a request that passed validation. */
    public abstract CredentialContent toContent();
}
