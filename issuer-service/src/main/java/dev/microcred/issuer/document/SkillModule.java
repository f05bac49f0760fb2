package dev.microcred.issuer.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A completed training unit, such as the seed's "AWS Lambda Deep Dive".
 *
 * <p>Optional parts leave their line out: no {@code Score:} without a score, no {@code Time:}
 * without hours, no {@code Code:} without a code. Without an expiry the text says the credential
 * never expires but that knowledge may become outdated, as in the seed.
 *
 * @param hours printed as given ({@code 4.2} gives {@code Time: 4.2 hours})
 */
public record SkillModule(
        String holder,
        String credential,
        String moduleType,
        String level,
        LocalDate completedOn,
        Integer scorePercent,
        BigDecimal hours,
        String credentialCode,
        LocalDate expiresOn) implements CredentialContent {

    static final String NEVER_EXPIRES = "Never (knowledge may become outdated)";

    public SkillModule {
        holder = FieldRules.text("holder", holder);
        credential = FieldRules.text("credential", credential);
        moduleType = FieldRules.text("moduleType", moduleType);
        level = FieldRules.text("level", level);
        FieldRules.present("completedOn", completedOn);
        if (scorePercent != null && (scorePercent < 0 || scorePercent > 100)) {
            throw new IllegalArgumentException("scorePercent must be between 0 and 100");
        }
        FieldRules.positive("hours", hours);
        credentialCode = FieldRules.optionalText("credentialCode", credentialCode);
    }

    @Override
    public DocumentType type() {
        return DocumentType.SKILL_MODULE;
    }

    @Override
    public List<String> body(DateStyle style) {
        BodyLines body = new BodyLines(style)
                .line("Holder", holder).blank()
                .line("Credential", credential)
                .lineIfPresent("Code", credentialCode)
                .line("Type", moduleType)
                .line("Level", level).blank()
                .date("Completed", completedOn)
                .lineIfPresent("Score", scorePercent == null ? null : scorePercent + "%")
                .hoursIfPresent("Time", hours).blank();
        return expiresOn == null
                ? body.line("Expires", NEVER_EXPIRES).toList()
                : body.date("Expires", expiresOn).toList();
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
