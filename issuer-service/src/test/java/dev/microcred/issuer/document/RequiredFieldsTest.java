package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RequiredFieldsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 3);

    private static String rejection(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    @Test
    void skillModuleWithoutHolderIsRejectedNamingTheHolder() {
        assertEquals("holder is required", rejection(() -> new SkillModule(null, "C", "T", "L", DAY, null, null, null, null)));
        assertEquals("holder is required", rejection(() -> new SkillModule("  ", "C", "T", "L", DAY, null, null, null, null)));
        assertEquals("completedOn is required", rejection(() -> new SkillModule("H", "C", "T", "L", null, null, null, null, null)));
    }

    @Test
    void fieldWithALineBreakIsRejectedSoNoLineCanBeInjected() {
        assertEquals("holder must be a single line without control characters",
                rejection(() -> new SkillModule("James\nScore: 100%", "C", "T", "L", DAY, null, null, null, null)));
    }

    @Test
    void scoreOutsidePercentRangeIsRejected() {
        assertEquals("scorePercent must be between 0 and 100",
                rejection(() -> new SkillModule("H", "C", "T", "L", DAY, 101, null, null, null)));
    }

    @Test
    void practicalCompetencyWithoutUnitCodeIsRejected() {
        assertEquals("unitCode is required", rejection(() -> new PracticalCompetency("C", null, "U", null, "3", "A",
                "R", DAY, "Assessor", null, null)));
    }

    @Test
    void peerAttestationNeedsAtLeastOneAttestor() {
        assertEquals("attestors needs at least one entry", rejection(() -> new PeerAttestation("P", null, "S",
                List.of(), YearMonth.of(2026, 1), "High", null, null, null)));
        assertEquals("attestor name is required", rejection(() -> new PeerAttestation.Attestor(null, "CTO", "X")));
    }

    @Test
    void licenceIdentifierNeedsItsLabel() {
        assertEquals("licenseIdLabel and licenseId must be given together", rejection(() -> new ContinuingEducation(
                "Physician", "Dr. A", null, "123", "A", "C", BigDecimal.ONE, "CME", DAY, "F", "P", null, null)));
        assertEquals("credits must be positive", rejection(() -> new ContinuingEducation(
                null, "Dr. A", null, null, "A", "C", BigDecimal.ZERO, "CME", DAY, "F", "P", null, null)));
    }

    @Test
    void overallScoreCannotExceedTheScale() {
        assertEquals("overallScore must not exceed maxScore", rejection(() -> new LanguageProficiency(
                "M", "T-1", 161, 160, List.of(), "C1", DAY, null)));
        assertEquals("subscore score must be at least 0", rejection(() -> new LanguageProficiency.Subscore("L", -1)));
    }

    @Test
    void openBadgeNeedsAtLeastOneCriterion() {
        assertEquals("criteria needs at least one entry",
                rejection(() -> new OpenBadge("E", null, "B", "I", List.of(), DAY, null, null)));
    }

    @Test
    void projectCompletionNeedsAContribution() {
        assertEquals("contributions needs at least one entry",
                rejection(() -> new ProjectCompletion("C", null, "P", null, "R", List.of(), null, DAY, null, null, null)));
        assertEquals("contribution is required",
                rejection(() -> new ProjectCompletion("C", null, "P", null, "R", List.of(" "), null, DAY, null, null, null)));
    }

    @Test
    void listsAreCopiedSoContentStaysImmutable() {
        // Given a mutable list of criteria
        List<OpenBadge.Criterion> criteria = new ArrayList<>(List.of(new OpenBadge.Criterion("Audit", "Passed")));
        OpenBadge badge = new OpenBadge("E", null, "B", "I", criteria, DAY, null, null);

        // When the caller changes its list afterwards
        criteria.add(new OpenBadge.Criterion("Forged", "Passed"));

        // Then the badge still states one criterion and cannot be changed through its accessor
        assertEquals(1, badge.criteria().size());
        assertThrows(UnsupportedOperationException.class, () -> badge.criteria().add(criteria.get(1)));
    }
}
