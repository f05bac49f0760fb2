package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How optional fields change the body; the seed tests cover the full layouts. */
class CredentialBodyTest {

    private static final LocalDate JAN_3 = LocalDate.of(2026, 1, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 3);

    @Test
    void skillModuleWithoutScoreHoursOrExpiryLeavesThoseLinesOut() {
        SkillModule module = new SkillModule("jane@example.com", "S3 Basics", "Core Module", "Beginner",
                JAN_3, null, null, null, null);

        assertEquals(List.of("Holder: jane@example.com", "", "Credential: S3 Basics", "Type: Core Module",
                "Level: Beginner", "", "Completed: January 3, 2026", "",
                "Expires: Never (knowledge may become outdated)"), module.body(DateStyle.US));
    }

    @Test
    void skillModuleWithCodeAndExpiryPrintsBoth() {
        SkillModule module = new SkillModule("jane@example.com", "S3 Basics", "Core Module", "Beginner",
                JAN_3, 80, BigDecimal.ONE, "S3-101", EXPIRY);

        List<String> body = module.body(DateStyle.UK);

        assertEquals("Code: S3-101", body.get(3));
        assertTrue(body.contains("Time: 1 hour"));
        assertEquals("Expires: 3 January 2027", body.get(body.size() - 1));
        assertEquals(Optional.of(EXPIRY), module.validUntil());
    }

    @Test
    void assessorWithoutRegistrationIsJustTheName() {
        PracticalCompetency competency = new PracticalCompetency("Michael Torres", null, "Unit", "U-1", "3",
                "Practical", "COMPETENT", JAN_3, "R. Williams", null, null);

        List<String> body = competency.body(DateStyle.UK);

        assertEquals("Assessor: R. Williams", body.get(body.size() - 1));
        assertFalse(body.stream().anyMatch(line -> line.startsWith("Registration")));
        assertEquals("U-1", competency.credentialCode());
    }

    @Test
    void typesWithoutAnExpiryLineInTheSeedEndWithValidUntil() {
        OpenBadge badge = new OpenBadge("Alex Thompson", null, "Badge", "W3C",
                List.of(new OpenBadge.Criterion("Audit", "Passed")), JAN_3, null, EXPIRY);

        List<String> body = badge.body(DateStyle.US);

        assertEquals(List.of("Issued: January 3, 2026", "Valid Until: January 3, 2027"),
                body.subList(body.size() - 2, body.size()));
    }

    @Test
    void continuingEducationWithoutTitleOrLicenceIntroducesAParticipant() {
        ContinuingEducation unit = new ContinuingEducation(null, "Ann Lee", null, null, "Ethics", "CLE General",
                new BigDecimal("1.0"), "CLE", JAN_3, "Online", "State Bar", null, null);

        List<String> body = unit.body(DateStyle.US);

        assertEquals(List.of("Participant: Ann Lee", "", "Activity: Ethics"), body.subList(0, 3));
        assertTrue(body.contains("Credits: 1.0 CLE"));
    }

    @Test
    void languageTestWithoutSubscoresHasNoSubscoreSection() {
        LanguageProficiency result = new LanguageProficiency("Maria Garcia", "T-1", 7, 9, List.of(), "C1", JAN_3, null);

        assertEquals(List.of("Test Taker: Maria Garcia", "Test ID: T-1", "", "Overall Score: 7 / 9", "",
                "CEFR Estimate: C1", "Test Date: January 3, 2026"), result.body(DateStyle.US));
        // The CEFR estimate is the test taker's own result: it stays out of events, so there is no level.
        assertNull(result.level());
        // The test id identifies one person's sitting: it stays out of events, so there is no code.
        assertNull(result.credentialCode());
    }

    @Test
    void attestorWithoutRoleOrOrganizationIsJustTheName() {
        PeerAttestation attestation = new PeerAttestation("Sarah Kim", null, "MLOps",
                List.of(new PeerAttestation.Attestor("Ahmed Hassan", null, " "),
                        new PeerAttestation.Attestor("Maria Santos", null, "DataCo")),
                YearMonth.of(2026, 1), "Medium", null, null, null);

        List<String> body = attestation.body(DateStyle.US);

        assertTrue(body.containsAll(List.of("- Ahmed Hassan ✓", "- Maria Santos (DataCo) ✓", "Confidence: Medium")));
        assertEquals("Medium", attestation.level());
    }
}
