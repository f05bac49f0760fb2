package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.PeerAttestation;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;

/**
 * Issues a {@link PeerAttestation}: at least one attestor, the month of attestation as
 * {@code "2026-01"}; {@code profile}, {@code confidenceBasis} and {@code credentialCode} are optional.
 */
public final class PeerAttestationRequest extends IssueCredentialRequest {

    /** One colleague who vouches; {@code role} and {@code organization} are optional. */
    public record AttestorRequest(@NotBlank @TextLine String name, @TextLine String role,
            @TextLine String organization) {

        PeerAttestation.Attestor toAttestor() {
            return new PeerAttestation.Attestor(name, role, organization);
        }
    }

    @NotBlank @TextLine
    private String professional;
    @TextLine
    private String profile;
    @NotBlank @TextLine
    private String skill;
    @NotEmpty @Size(max = 20)
    private List<@NotNull @Valid AttestorRequest> attestors;
    @NotNull
    private YearMonth attestedIn;
    @NotBlank @TextLine
    private String confidence;
    @TextLine
    private String confidenceBasis;
    @TextLine
    private String credentialCode;

    @Override
    public CredentialContent toContent() {
        return new PeerAttestation(professional, profile, skill,
                attestors.stream().map(AttestorRequest::toAttestor).toList(),
                attestedIn, confidence, confidenceBasis, credentialCode, validUntil());
    }
}
