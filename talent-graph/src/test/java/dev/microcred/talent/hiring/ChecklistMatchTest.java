package dev.microcred.talent.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.support.Held;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecklistMatchTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final HeldCredential LAMBDA = Held.credential("lambda", "AWS-LAMBDA-DD", "AWS Lambda Deep Dive",
            "Advanced", Instant.parse("2026-01-03T09:00:00Z"), Status.VALID, 0.87);
    private static final HeldCredential OLD_LAMBDA = Held.credential("old-lambda", "AWS-LAMBDA-DD",
            "AWS Lambda Deep Dive", "Advanced", Instant.parse("2021-01-03T09:00:00Z"), Status.VALID, 0.18);
    private static final HeldCredential ELECTRICAL = Held.credential("electrical", "2365-03-Unit-308",
            "Electrical Installation - Three-Phase Systems", "3", Instant.parse("2026-01-12T09:00:00Z"), Status.VALID, 0.95);
    private static final HeldCredential ENGLISH = Held.credential("english", "DET", "Duolingo English Test", "B2-C1",
            Instant.parse("2026-01-04T09:00:00Z"), Status.VALID, 0.9);

    private static Checklist.Requirement code(String code, String level, Integer maxAgeMonths) {
        return new Checklist.Requirement(Optional.of(code), Optional.empty(), Optional.ofNullable(level),
                Optional.ofNullable(maxAgeMonths));
    }

    private static Checklist.Requirement skill(String skill, String level) {
        return new Checklist.Requirement(Optional.empty(), Optional.of(skill), Optional.ofNullable(level), Optional.empty());
    }

    @Test
    void eachItemSaysWhetherItIsMetAndByWhichCredential() {
        Checklist job = new Checklist(List.of(code("AWS-LAMBDA-DD", "Intermediate", 24), skill("three-phase", "3"),
                skill("english", "C1")));

        ChecklistMatch match = ChecklistMatch.of(job, List.of(LAMBDA, ELECTRICAL, ENGLISH), NOW);

        assertFalse(match.allMet());
        assertEquals(2, match.met());
        assertEquals(Optional.of("lambda"), match.items().get(0).hash());
        assertEquals(Optional.of("electrical"), match.items().get(1).hash());
        assertFalse(match.items().get(2).met(), "B2-C1 counts as B2, below C1");
    }

    @Test
    void ofTwoCredentialsThatMeetAnItemTheFreshestIsNamed() {
        ChecklistMatch match = ChecklistMatch.of(new Checklist(List.of(code("AWS-LAMBDA-DD", null, null))),
                List.of(OLD_LAMBDA, LAMBDA), NOW);

        assertEquals(Optional.of("lambda"), match.items().get(0).hash());
        assertEquals(0.87, match.items().get(0).weight());
    }

    @Test
    void aCredentialOlderThanTheMaximumAgeDoesNotCount() {
        ChecklistMatch match = ChecklistMatch.of(new Checklist(List.of(code("AWS-LAMBDA-DD", null, 36))),
                List.of(OLD_LAMBDA), NOW);

        assertFalse(match.allMet());
    }

    @Test
    void aRevokedCredentialMeetsNothing() {
        HeldCredential revoked = Held.credential("lambda", "AWS-LAMBDA-DD", "AWS Lambda Deep Dive", "Advanced",
                Instant.parse("2026-01-03T09:00:00Z"), Status.REVOKED, 0);

        assertFalse(ChecklistMatch.of(new Checklist(List.of(code("AWS-LAMBDA-DD", null, null))), List.of(revoked), NOW)
                .allMet());
    }

    @Test
    void levelsOnDifferentScalesNeverMeetEachOther() {
        assertEquals(Optional.empty(), Level.atLeast("Advanced", "3"));
        assertEquals(Optional.of(true), Level.atLeast("Expert", "Advanced"));
        assertEquals(Optional.of(true), Level.atLeast("C1", "B2"));
        assertEquals(Optional.of(false), Level.atLeast("2", "3"));
    }

    @Test
    void anItemMustNameACodeOrASkill() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Checklist.Requirement(
                Optional.of(" "), Optional.empty(), Optional.empty(), Optional.empty()));

        assertEquals("a requirement names a credentialCode or a skill", refused.getMessage());
    }

    @Test
    void allItemsMetIsAMatch() {
        assertTrue(ChecklistMatch.of(new Checklist(List.of(skill("lambda", "Advanced"))), List.of(LAMBDA), NOW).allMet());
    }
}
