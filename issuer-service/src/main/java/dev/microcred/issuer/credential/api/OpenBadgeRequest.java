package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.document.CredentialContent;
import dev.microcred.issuer.document.OpenBadge;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues an {@link OpenBadge}: at least one criterion met; {@code emailHash} (printed as given)
 * and {@code credentialCode} are optional.
 */
public final class OpenBadgeRequest extends IssueCredentialRequest {

    /** One criterion met, such as {@code {"name": "Peer Review", "result": "Approved"}}. */
    public record CriterionRequest(@NotBlank @TextLine String name, @NotBlank @TextLine String result) {

        OpenBadge.Criterion toCriterion() {
            return new OpenBadge.Criterion(name, result);
        }
    }

    @NotBlank @TextLine
    private String earner;
    @TextLine
    private String emailHash;
    @NotBlank @TextLine
    private String badge;
    @NotBlank @TextLine
    private String badgeIssuer;
    @NotEmpty @Size(max = 20)
    private List<@NotNull @Valid CriterionRequest> criteria;
    @NotNull
    private LocalDate issuedOn;
    @TextLine
    private String credentialCode;

    @Override
    public CredentialContent toContent() {
        return new OpenBadge(earner, emailHash, badge, badgeIssuer,
                criteria.stream().map(CriterionRequest::toCriterion).toList(),
                issuedOn, credentialCode, validUntil());
    }
}
