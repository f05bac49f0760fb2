package dev.microcred.talent.openbadges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.portfolio.Refusal;
import dev.microcred.text.VerifyLine;
import java.util.Map;
import java.util.Optional;

/**
 * A held credential as an Open Badges 3.0 {@code OpenBadgeCredential}, and back.
 *
 * <p>The export carries the credential's verifiable text as evidence and, as {@code credentialStatus}, the URL a
 * live-verify client asks ({@code https://<domain>/<path>/<hash>}), so its status is the issuer's answer, from the same
 * events that drive every verify answer. It carries no {@code proof}: its authenticity is the issuer's domain
 * answering for the hash of that text, which anyone can check; a signed proof needs the issuer's key and is the
 * issuer's to add. An import takes the text from the evidence and admits it like a pasted one, so only credentials of
 * our issuers enter.
 */
public final class OpenBadge {

    static final String STATUS_TYPE = "LiveVerifyStatus";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ACHIEVEMENT_TYPES = Map.of(
            "SKILL_MODULE", "Course",
            "PRACTICAL_COMPETENCY", "Competency",
            "PEER_ATTESTATION", "Achievement",
            "CONTINUING_EDUCATION", "LearningProgram",
            "LANGUAGE_PROFICIENCY", "Assessment",
            "OPEN_BADGE", "Badge",
            "PROJECT_COMPLETION", "Assignment");

    private OpenBadge() {
    }

    /** @throws Refusal INVALID_REQUEST when the holder did not keep the text: without it nobody can check the badge */
    public static ObjectNode export(HeldCredential c) {
        String text = c.text().orElseThrow(() -> new Refusal(Refusal.Kind.INVALID_REQUEST,
                "an Open Badge carries the credential's text so it can be checked; add the credential with keepText"));
        String statusUrl = VerifyLine.parse(c.verifyLine()).orElseThrow().url(c.hash());
        String name = c.title().orElse(c.credentialCode().orElse("Micro-credential"));
        ObjectNode badge = JSON.createObjectNode();
        badge.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        badge.put("id", "urn:microcred:credential:" + c.hash());
        badge.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = badge.putObject("issuer");
        issuer.put("id", "https://" + c.issuerDomain());
        issuer.putArray("type").add("Profile");
        issuer.put("name", c.issuerDomain());
        c.issuedAt().ifPresent(at -> badge.put("validFrom", at.toString()));
        c.validUntil().ifPresent(until -> badge.put("validUntil", until + "T23:59:59Z"));
        badge.put("name", name);
        ObjectNode subject = badge.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", statusUrl + "#achievement");
        achievement.putArray("type").add("Achievement");
        achievement.put("name", name);
        achievement.put("achievementType", c.documentType().map(t -> ACHIEVEMENT_TYPES.getOrDefault(t, "MicroCredential"))
                .orElse("MicroCredential"));
        achievement.putObject("criteria").put("narrative", "As stated in the credential's text (evidence), which "
                + c.issuerDomain() + " verifies.");
        c.credentialCode().ifPresent(code -> achievement.put("humanCode", code));
        ObjectNode status = badge.putObject("credentialStatus");
        status.put("id", statusUrl);
        status.put("type", STATUS_TYPE);
        ArrayNode evidence = badge.putArray("evidence");
        ObjectNode verifiable = evidence.addObject();
        verifiable.putArray("type").add("Evidence");
        verifiable.put("name", "Verifiable text");
        verifiable.put("description", "The credential's text; its SHA-256 after live-verify normalization is the hash "
                + "that credentialStatus asks the issuer about.");
        verifiable.put("narrative", text);
        return badge;
    }

    /**
     * The verifiable text an Open Badges 3.0 credential carries as evidence, if it is one of ours.
     *
     * @throws Refusal UNREADABLE_TEXT when it is not an OpenBadgeCredential or carries no verifiable text
     */
    public static String textOf(JsonNode badge) {
        if (badge == null || !badge.isObject() || !contains(badge.path("type"), "OpenBadgeCredential")) {
            throw new Refusal(Refusal.Kind.UNREADABLE_TEXT, "not an Open Badges 3.0 OpenBadgeCredential");
        }
        for (JsonNode evidence : badge.path("evidence")) {
            Optional<String> narrative = Optional.ofNullable(evidence.path("narrative").textValue());
            if (narrative.filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("verify:")
                    || n.toLowerCase(java.util.Locale.ROOT).contains("vfy:")).isPresent()) {
                return narrative.get();
            }
        }
        throw new Refusal(Refusal.Kind.UNREADABLE_TEXT, "the badge carries no verifiable text (evidence with a verify line)");
    }

    /**
     * The hash the badge's credentialStatus asks about; empty when it has none.
     *
     * @throws Refusal INVALID_REQUEST for a status this service cannot check, so none is silently ignored
     */
    public static Optional<String> statusHash(JsonNode badge) {
        JsonNode status = badge.path("credentialStatus");
        if (status.isMissingNode() || status.isNull()) {
            return Optional.empty();
        }
        String id = status.path("id").asText("");
        if (!STATUS_TYPE.equals(status.path("type").asText()) || !id.matches("https://.+/[0-9a-f]{64}")) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "the badge's credentialStatus is not a "
                    + STATUS_TYPE + " with the URL of a hash");
        }
        return Optional.of(id.substring(id.length() - 64));
    }

    private static boolean contains(JsonNode types, String type) {
        if (types.isTextual()) {
            return types.asText().equals(type);
        }
        for (JsonNode t : types) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
