package dev.microcred.talent.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.support.Held;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

    private static final Instant ISSUED = Instant.parse("2026-01-03T09:00:00Z");
    private static final Pathway SERVERLESS = new Pathway("aws-serverless", "Serverless on AWS", List.of(
            new Pathway.Step("AWS-LAMBDA-DD", "AWS Lambda Deep Dive"), new Pathway.Step("AWS-SAA", "Associate")));

    private static HeldCredential held(String code, Status status) {
        return Held.credential("h-" + code, code, code, "Advanced", ISSUED, status, status.counts() ? 0.9 : 0);
    }

    @Test
    void theNextStepOfEachStartedPathwayIsSuggestedNearestCompletionFirst() {
        List<HeldCredential> held = List.of(held("AWS-LAMBDA-DD", Status.VALID));

        List<Recommendations.Suggestion> suggestions = Recommendations.of(List.of(StackCheckTest.AWS, SERVERLESS), held);

        assertEquals(List.of("aws-serverless", "aws-cloud-architecture"),
                suggestions.stream().map(Recommendations.Suggestion::pathwayId).toList());
        assertEquals("AWS-SAA", suggestions.get(0).next().credentialCode());
        assertEquals(1, suggestions.get(0).stepsMet());
        assertEquals("AWS-CCP", suggestions.get(1).next().credentialCode());
        assertEquals(1, suggestions.get(1).stepsMet());
        assertEquals(4, suggestions.get(1).steps());
    }

    @Test
    void aPathwayNotStartedOrOnlyStartedWithARevokedCredentialIsNotSuggested() {
        assertEquals(List.of(), Recommendations.of(List.of(SERVERLESS), List.of(held("AWS-LAMBDA-DD", Status.REVOKED))));
    }

    @Test
    void aCompletedPathwayIsNotSuggested() {
        assertEquals(List.of(), Recommendations.of(List.of(SERVERLESS),
                List.of(held("AWS-LAMBDA-DD", Status.VALID), held("AWS-SAA", Status.VALID))));
    }
}
