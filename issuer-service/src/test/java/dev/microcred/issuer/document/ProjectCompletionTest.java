package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.text.VerifiableText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectCompletionTest {

    static ProjectCompletion capstone() {
        return new ProjectCompletion("Priya Natarajan", "github.com/priyan", "Serverless Order Pipeline Capstone",
                "AWS-CAP-2026-014", "Lead Developer",
                List.of("Designed the event-driven order workflow", "Cut checkout latency from 900 ms to 120 ms"),
                LocalDate.of(2025, 10, 6), LocalDate.of(2026, 1, 9), new BigDecimal("120"),
                new ProjectCompletion.Verifier("Jane Doe", "Lead Instructor"), LocalDate.of(2029, 1, 9));
    }

    @Test
    void projectCompletionRendersInTheSeedsLayout() {
        // Given a capstone project issued by the AWS seed issuer
        // When it is rendered
        VerifiableCredentialText text = CredentialRenderer.render(capstone(), "AWS Training and Certification",
                DateStyle.US, VerifyAddress.verifyLineFor("aws.training/cred", "pn-capstone-2026"), Optional.empty());

        // Then it reads like the other credentials and a client computes the same hash
        assertEquals(SeedBlocks.plainText("project-completion"), text.plainText());
        assertEquals(text.hash(), VerifiableText.fromPlainText(text.plainText()).hash());
        assertEquals("AWS-CAP-2026-014", capstone().credentialCode());
    }

    @Test
    void minimalProjectCompletionLeavesOptionalLinesOut() {
        ProjectCompletion minimal = new ProjectCompletion("Priya Natarajan", null, "Order Pipeline", null,
                "Developer", List.of("Wrote the checkout service"), null, LocalDate.of(2026, 1, 9),
                null, null, null);

        assertEquals(List.of("Contributor: Priya Natarajan", "", "Project: Order Pipeline", "Role: Developer", "",
                "Contributions:", "- Wrote the checkout service", "", "Completed: January 9, 2026"),
                minimal.body(DateStyle.US));
    }

    @Test
    void projectCannotStartAfterItWasCompleted() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ProjectCompletion("Priya", null, "P", null, "Dev", List.of("Work"),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 9), null, null, null));
        assertEquals("startedOn must not be after completedOn", error.getMessage());
    }
}
