package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An interoperable digital badge (IMS Global Open Badges), such as the seed's accessibility badge.
 *
 * <p>The earner's email hash is printed exactly as given (the seed shortens it to
 * {@code a3f2...8b71}). The badge's own issuer ({@code Issuer:}) may differ from the platform
 * issuer printed in the second line. A badge states at least one criterion it was earned by. An
 * expiry, when given, is the last line ({@code Valid Until: ...}).
 */
public record OpenBadge(
        String earner,
        String emailHash,
        String badge,
        String badgeIssuer,
        List<Criterion> criteria,
        LocalDate issuedOn,
        String credentialCode,
        LocalDate expiresOn) implements CredentialContent {

    /** One criterion met, printed as {@code - WCAG 2.1 Assessment: Passed}. */
    public record Criterion(String name, String result) {

        public Criterion {
            name = FieldRules.text("criterion name", name);
            result = FieldRules.text("criterion result", result);
        }

        String line() {
            return name + ": " + result;
        }
    }

    public OpenBadge {
        earner = FieldRules.text("earner", earner);
        emailHash = FieldRules.optionalText("emailHash", emailHash);
        badge = FieldRules.text("badge", badge);
        badgeIssuer = FieldRules.text("badgeIssuer", badgeIssuer);
        criteria = FieldRules.items("criteria", criteria, true);
        FieldRules.present("issuedOn", issuedOn);
        credentialCode = FieldRules.optionalText("credentialCode", credentialCode);
    }

    @Override
    public DocumentType type() {
        return DocumentType.OPEN_BADGE;
    }

    @Override
    public List<String> body(DateStyle style) {
        return new BodyLines(style)
                .line("Earner", earner)
                .lineIfPresent("Email Hash", emailHash).blank()
                .line("Badge", badge)
                .lineIfPresent("Code", credentialCode)
                .line("Issuer", badgeIssuer).blank()
                .list("Criteria Met", criteria.stream().map(Criterion::line).toList()).blank()
                .date("Issued", issuedOn)
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
