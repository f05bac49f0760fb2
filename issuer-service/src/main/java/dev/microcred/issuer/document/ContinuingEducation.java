package dev.microcred.issuer.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Professional development credits (CME, CLE, CPE), such as the seed's AMA unit.
 *
 * <p>The holder is introduced by their professional title ({@code Physician:}); without one the
 * line reads {@code Participant:}. A licence identifier is a label and value pair
 * ({@code NPI: 1234567890}) given together or not at all. An expiry, when given, is the last line
 * ({@code Valid Until: ...}).
 */
public record ContinuingEducation(
        String holderTitle,
        String holder,
        String licenseIdLabel,
        String licenseId,
        String activity,
        String category,
        BigDecimal credits,
        String creditUnit,
        LocalDate completedOn,
        String format,
        String provider,
        String credentialCode,
        LocalDate expiresOn) implements CredentialContent {

    static final String DEFAULT_HOLDER_TITLE = "Participant";

    public ContinuingEducation {
        holderTitle = holderTitle == null || holderTitle.isBlank()
                ? DEFAULT_HOLDER_TITLE : FieldRules.text("holderTitle", holderTitle);
        holder = FieldRules.text("holder", holder);
        licenseIdLabel = FieldRules.optionalText("licenseIdLabel", licenseIdLabel);
        licenseId = FieldRules.optionalText("licenseId", licenseId);
        if ((licenseIdLabel == null) != (licenseId == null)) {
            throw new IllegalArgumentException("licenseIdLabel and licenseId must be given together");
        }
        activity = FieldRules.text("activity", activity);
        category = FieldRules.text("category", category);
        FieldRules.positive("credits", FieldRules.present("credits", credits));
        creditUnit = FieldRules.text("creditUnit", creditUnit);
        FieldRules.present("completedOn", completedOn);
        format = FieldRules.text("format", format);
        provider = FieldRules.text("provider", provider);
        credentialCode = FieldRules.optionalText("credentialCode", credentialCode);
    }

    @Override
    public DocumentType type() {
        return DocumentType.CONTINUING_EDUCATION;
    }

    @Override
    public List<String> body(DateStyle style) {
        return new BodyLines(style)
                .line(holderTitle, holder)
                .lineIfPresent(licenseIdLabel, licenseId).blank()
                .line("Activity", activity)
                .lineIfPresent("Code", credentialCode)
                .line("Category", category)
                .line("Credits", credits.toPlainString() + " " + creditUnit).blank()
                .date("Completed", completedOn)
                .line("Format", format)
                .line("Provider", provider)
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
