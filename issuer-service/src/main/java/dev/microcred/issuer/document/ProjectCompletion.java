package dev.microcred.issuer.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A verified contribution to a specific piece of work. The seed names this type but shows no
 * example, so the layout follows the other six: who, then what, then the evidence, then when.
 *
 * <pre>
 * Contributor: Priya Natarajan
 * Profile: github.com/priyan            (optional)
 *
 * Project: Open Transit Data Platform
 * Code: OTDP-2026-07                    (optional project code, the credential code)
 * Role: Backend Engineer
 *
 * Contributions:
 * - Designed the realtime feed ingestion
 *
 * Started: March 3, 2025                (optional)
 * Completed: January 9, 2026
 * Time: 640 hours                       (optional)
 * Verified By: Jane Doe (Tech Lead)     (optional)
 * Valid Until: January 9, 2029          (optional)
 * </pre>
 *
 * The contributions are the claim itself, so at least one is required; the role alone says too
 * little. A project cannot be completed before it started.
 */
public record ProjectCompletion(
        String contributor,
        String contributorProfile,
        String project,
        String projectCode,
        String role,
        List<String> contributions,
        LocalDate startedOn,
        LocalDate completedOn,
        BigDecimal hours,
        Verifier verifiedBy,
        LocalDate expiresOn) implements CredentialContent {

    /** Who confirms the contribution, printed as {@code Jane Doe (Tech Lead)}; role optional. */
    public record Verifier(String name, String role) {

        public Verifier {
            name = FieldRules.text("verifier name", name);
            role = FieldRules.optionalText("verifier role", role);
        }

        String line() {
            return role == null ? name : name + " (" + role + ")";
        }
    }

    public ProjectCompletion {
        contributor = FieldRules.text("contributor", contributor);
        contributorProfile = FieldRules.optionalText("contributorProfile", contributorProfile);
        project = FieldRules.text("project", project);
        projectCode = FieldRules.optionalText("projectCode", projectCode);
        role = FieldRules.text("role", role);
        contributions = FieldRules.items("contributions", contributions, true);
        contributions.forEach(contribution -> FieldRules.text("contribution", contribution));
        FieldRules.present("completedOn", completedOn);
        if (startedOn != null && startedOn.isAfter(completedOn)) {
            throw new IllegalArgumentException("startedOn must not be after completedOn");
        }
        FieldRules.positive("hours", hours);
    }

    @Override
    public DocumentType type() {
        return DocumentType.PROJECT_COMPLETION;
    }

    @Override
    public List<String> body(DateStyle style) {
        return new BodyLines(style)
                .line("Contributor", contributor)
                .lineIfPresent("Profile", contributorProfile).blank()
                .line("Project", project)
                .lineIfPresent("Code", projectCode)
                .line("Role", role).blank()
                .list("Contributions", contributions).blank()
                .dateIfPresent("Started", startedOn)
                .date("Completed", completedOn)
                .hoursIfPresent("Time", hours)
                .lineIfPresent("Verified By", verifiedBy == null ? null : verifiedBy.line())
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    @Override
    public String credentialCode() {
        return projectCode;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
