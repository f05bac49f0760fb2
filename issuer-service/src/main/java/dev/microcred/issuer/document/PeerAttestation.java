package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Colleagues vouching for a skill they saw in practice, such as the seed's LinkedIn attestation.
 * The confidence ({@code High}) is the credential's level; its basis, when given, is printed in
 * parentheses after it. An expiry, when given, is the last line ({@code Valid Until: ...}).
 */
public record PeerAttestation(
        String professional,
        String profile,
        String skill,
        List<Attestor> attestors,
        YearMonth attestedIn,
        String confidence,
        String confidenceBasis,
        String credentialCode,
        LocalDate expiresOn) implements CredentialContent {

    /**
     * One colleague who vouches; role and organization are optional.
     * Printed as {@code Dr. James Liu (ML Lead, TechCorp) ✓}.
     */
    public record Attestor(String name, String role, String organization) {

        public Attestor {
            name = FieldRules.text("attestor name", name);
            role = FieldRules.optionalText("attestor role", role);
            organization = FieldRules.optionalText("attestor organization", organization);
        }

        String line() {
            List<String> context = Stream.of(role, organization).filter(Objects::nonNull).toList();
            return context.isEmpty() ? name + " ✓" : name + " (" + String.join(", ", context) + ") ✓";
        }
    }

    public PeerAttestation {
        professional = FieldRules.text("professional", professional);
        profile = FieldRules.optionalText("profile", profile);
        skill = FieldRules.text("skill", skill);
        attestors = FieldRules.items("attestors", attestors, true);
        FieldRules.present("attestedIn", attestedIn);
        confidence = FieldRules.text("confidence", confidence);
        confidenceBasis = FieldRules.optionalText("confidenceBasis", confidenceBasis);
        credentialCode = FieldRules.optionalText("credentialCode", credentialCode);
    }

    @Override
    public DocumentType type() {
        return DocumentType.PEER_ATTESTATION;
    }

    @Override
    public List<String> body(DateStyle style) {
        return new BodyLines(style)
                .line("Professional", professional)
                .lineIfPresent("Profile", profile).blank()
                .line("Skill", skill)
                .lineIfPresent("Code", credentialCode).blank()
                .list("Attested By", attestors.stream().map(Attestor::line).toList()).blank()
                .month("Attestation Date", attestedIn)
                .line("Confidence", confidenceBasis == null ? confidence : confidence + " (" + confidenceBasis + ")")
                .dateIfPresent("Valid Until", expiresOn)
                .toList();
    }

    @Override
    public String level() {
        return confidence;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(expiresOn);
    }
}
