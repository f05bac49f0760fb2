package dev.microcred.talent.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.support.Held;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed's cloud architecture progression: four AWS credentials that together make one stack. */
class StackCheckTest {

    static final Pathway AWS = new Pathway("aws-cloud-architecture", "Cloud architecture progression", List.of(
            new Pathway.Step("AWS-CCP", "AWS Cloud Practitioner"),
            new Pathway.Step("AWS-SAA", "AWS Solutions Architect - Associate"),
            new Pathway.Step("AWS-LAMBDA-DD", "AWS Lambda Deep Dive"),
            new Pathway.Step("AWS-SCS", "AWS Security Specialty")));
    private static final Instant ISSUED = Instant.parse("2026-01-03T09:00:00Z");

    private static HeldCredential held(String code, Status status) {
        return Held.credential("h-" + code, code, code, "Advanced", ISSUED, status, status.counts() ? 0.9 : 0);
    }

    @Test
    void allFourMembersValidMakeTheStackComplete() {
        StackCheck check = StackCheck.of(AWS, List.of(held("AWS-CCP", Status.VALID), held("AWS-SAA", Status.VALID),
                held("AWS-LAMBDA-DD", Status.VALID), held("AWS-SCS", Status.VALID)));

        assertTrue(check.complete());
        assertEquals(Optional.empty(), check.next());
        assertTrue(check.steps().stream().allMatch(StackCheck.StepCheck::met));
    }

    @Test
    void aRevokedMemberMakesTheStackIncompleteAndShowsWhy() {
        StackCheck check = StackCheck.of(AWS, List.of(held("AWS-CCP", Status.VALID), held("AWS-SAA", Status.REVOKED),
                held("AWS-LAMBDA-DD", Status.VALID), held("AWS-SCS", Status.VALID)));

        assertFalse(check.complete());
        StackCheck.StepCheck associate = check.steps().get(1);
        assertFalse(associate.met());
        assertEquals(Optional.of(Status.REVOKED), associate.status());
        assertEquals(Optional.of("h-AWS-SAA"), associate.hash());
    }

    @Test
    void theFirstUnmetStepIsTheNextToSuggest() {
        StackCheck check = StackCheck.of(AWS, List.of(held("AWS-CCP", Status.VALID), held("AWS-LAMBDA-DD", Status.VALID)));

        assertEquals("AWS-SAA", check.next().orElseThrow().credentialCode());
        assertEquals(Optional.empty(), check.steps().get(1).status());
    }

    @Test
    void aValidCopyMeetsAStepEvenBesideASupersededOne() {
        StackCheck check = StackCheck.of(AWS, List.of(held("AWS-CCP", Status.SUPERSEDED), held("AWS-CCP", Status.VALID)));

        assertTrue(check.steps().get(0).met());
    }
}
