package dev.microcred.talent.openbadges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.portfolio.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenBadgeTest {

    private static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    private static final String TEXT = "SKILL CREDENTIAL\nAWS Training and Certification\n...\n"
            + "verify:aws.training/cred/jc-lambda-2026";

    private static HeldCredential lambda(Optional<String> text) {
        return new HeldCredential(HASH, "verify:aws.training/cred/jc-lambda-2026", "aws.training",
                Optional.of("AWS Lambda Deep Dive"), Optional.of("SKILL_MODULE"), Optional.of("AWS-LAMBDA-DD"),
                Optional.of("Advanced"), Optional.of(Instant.parse("2026-01-03T09:00:00Z")),
                Optional.of(LocalDate.parse("2028-01-03")), Status.VALID, 1.0, Optional.empty(), Optional.empty(),
                Optional.empty(), text);
    }

    @Test
    void anExportIsAnOpenBadgeCredentialWhoseStatusIsTheIssuersLiveAnswer() {
        JsonNode badge = OpenBadge.export(lambda(Optional.of(TEXT)));

        assertEquals("OpenBadgeCredential", badge.path("type").get(1).asText());
        assertEquals("https://aws.training/cred/jc-lambda-2026/" + HASH, badge.path("credentialStatus").path("id").asText());
        assertEquals("LiveVerifyStatus", badge.path("credentialStatus").path("type").asText());
        assertEquals("AWS Lambda Deep Dive", badge.path("credentialSubject").path("achievement").path("name").asText());
        assertEquals("Course", badge.path("credentialSubject").path("achievement").path("achievementType").asText());
        assertEquals("2026-01-03T09:00:00Z", badge.path("validFrom").asText());
        assertEquals("2028-01-03T23:59:59Z", badge.path("validUntil").asText());
        assertEquals("https://aws.training", badge.path("issuer").path("id").asText());
        assertEquals(TEXT, OpenBadge.textOf(badge));
        assertEquals(Optional.of(HASH), OpenBadge.statusHash(badge));
    }

    @Test
    void withoutTheKeptTextThereIsNothingToCheckSoNoBadge() {
        Refusal refused = assertThrows(Refusal.class, () -> OpenBadge.export(lambda(Optional.empty())));

        assertEquals(Refusal.Kind.INVALID_REQUEST, refused.kind());
    }

    @Test
    void aBadgeWithoutVerifiableTextCannotBeImported() throws Exception {
        JsonNode foreign = new ObjectMapper().readTree("""
                {"type":["VerifiableCredential","OpenBadgeCredential"],
                 "evidence":[{"type":["Evidence"],"narrative":"Passed the course"}]}""");
        JsonNode notABadge = new ObjectMapper().readTree("{\"type\":[\"VerifiableCredential\"]}");

        assertEquals(Refusal.Kind.UNREADABLE_TEXT, assertThrows(Refusal.class, () -> OpenBadge.textOf(foreign)).kind());
        assertEquals(Refusal.Kind.UNREADABLE_TEXT, assertThrows(Refusal.class, () -> OpenBadge.textOf(notABadge)).kind());
    }
}
