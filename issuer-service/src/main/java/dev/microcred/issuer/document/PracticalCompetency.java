package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hands-on skill demonstrated under an assessor, such as the seed's City &amp; Guilds unit.
 * The unit code is the credential code. Without an assessor registration the assessor line is
 * just the name; an expiry, when given, is the last line ({@code Valid Until: ...}).
 */
public record PracticalCompetency(
        String candidate,
        String registration,
        String unit,
        String unitCode,
        String level,
        String assessment,
        String result,
        LocalDate assessedOn,
        String assessorName,
        String assessorRegistration,
        LocalDate expiresOn) implements CredentialContent {

    public PracticalCompetency {
        candidate = FieldRules.text("candidate", candidate);
        registration = FieldRules.optionalText("registration", registration);
        unit = FieldRules.text("unit", unit);
        unitCode = FieldRules.text("unitCode", unitCode);
        level = FieldRules.text("level", level);
        assessment = FieldRules.text("assessment", assessment);
        result = FieldRules.text("result", result);
        FieldRules.present("assessedOn", assessedOn);
        assessorName = FieldRules.text("assessorName", assessorName);
        assessorRegistration = FieldRules.optionalText("assessorRegistration", assessorRegistration);
    }

    @Override
    public DocumentType type() {
        return DocumentType.PRACTICAL_COMPETENCY;
    }

    @Override
    public List<String> body(DateStyle style) {
        return new BodyLines(style)
                .line("Candidate", candidate)
                .lineIfPresent("Registration", registration).blank()
                .line("Unit", unit)
                .line("Code", unitCode)
                .line("Level", level).blank()
                .line("Assessment", assessment)
                .line("Result", result)
                .date("Date", assessedOn)
                .line("Assessor", assessor())
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    @Override
    public String credentialCode() {
        return unitCode;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }

    private String assessor() {
        return assessorRegistration == null
                ? assessorName
                : assessorName + " (Reg: " + assessorRegistration + ")";
    }
}
