package dev.microcred.issuer.credential.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.issuer.document.TextLine;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A malformed or incomplete body yields violations at the field that is wrong. */
class IssueCredentialRequestTest {

    @Test
    void skillModuleWithoutHolderIsReportedAtHolder() throws IOException {
        // Given seed credential 1 without its holder
        ObjectNode body = RequestBodies.seedBody("micro1");
        body.remove("holder");

        // When it is validated, Then the violation points at the holder
        assertEquals(Set.of("holder"), violationPaths(body));
    }

    @Test
    void negativeSubscoreIsReportedAtItsPositionInTheList() throws IOException {
        // Given the language test with a negative first subscore
        ObjectNode body = RequestBodies.seedBody("micro5");
        ((ObjectNode) body.get("subscores").get(0)).put("score", -1);

        // When it is validated, Then the violation points at that subscore
        assertEquals(Set.of("subscores[0].score"), violationPaths(body));
    }

    @Test
    void lineBreakInAFieldIsAViolationNotAnExtraLine() throws IOException {
        // Given a holder that tries to add a line of its own
        ObjectNode body = RequestBodies.seedBody("micro1");
        body.put("holder", "james.chen@email.com\nScore: 100%");

        // When it is validated, Then the holder is rejected
        assertEquals(Set.of("holder"), violationPaths(body));
    }

    @Test
    void overlongFieldIsAViolation() throws IOException {
        ObjectNode body = RequestBodies.seedBody("micro2");
        body.put("unit", "x".repeat(TextLine.MAX_LENGTH + 1));

        assertEquals(Set.of("unit"), violationPaths(body));
    }

    @Test
    void pathSegmentThatLeavesTheVerifyBaseIsAViolation() throws IOException {
        ObjectNode body = RequestBodies.seedBody("micro6");
        body.put("pathSegment", "..");

        assertEquals(Set.of("pathSegment"), violationPaths(body));
    }

    @Test
    void crossFieldRulesAreViolationsToo() throws IOException {
        ObjectNode education = RequestBodies.seedBody("micro4");
        education.remove("licenseIdLabel");
        ObjectNode languageTest = RequestBodies.seedBody("micro5");
        languageTest.put("overallScore", 161);
        ObjectNode project = RequestBodies.seedBody("project-completion");
        project.put("startedOn", "2026-02-01");

        assertEquals(Set.of("licenseIdWithLabel"), violationPaths(education));
        assertEquals(Set.of("overallScoreWithinMaxScore"), violationPaths(languageTest));
        assertEquals(Set.of("startedBeforeCompleted"), violationPaths(project));
    }

    @Test
    void missingListsAndNestedFieldsAreReportedByPath() throws IOException {
        ObjectNode attestation = RequestBodies.seedBody("micro3");
        attestation.remove("attestors");
        ObjectNode badge = RequestBodies.seedBody("micro6");
        ((ObjectNode) badge.get("criteria").get(2)).remove("result");
        ObjectNode project = RequestBodies.seedBody("project-completion");
        project.withArray("contributions").set(1, project.textNode(" "));

        assertEquals(Set.of("attestors"), violationPaths(attestation));
        assertEquals(Set.of("criteria[2].result"), violationPaths(badge));
        assertEquals(Set.of("contributions[1].<list element>"), violationPaths(project));
    }

    @Test
    void violationMessageSaysWhatIsWrong() throws IOException {
        ObjectNode body = RequestBodies.seedBody("micro1");
        body.put("scorePercent", 140);

        Set<String> messages = RequestViolations.messages(RequestBodies.read(body));

        assertTrue(messages.contains("must be less than or equal to 100"), messages.toString());
    }

    @Test
    void unknownDocumentTypeIsRejectedWhileReading() throws IOException {
        ObjectNode body = RequestBodies.seedBody("micro1");
        body.put("documentType", "DIPLOMA");

        assertThrows(InvalidTypeIdException.class, () -> RequestBodies.read(body));
    }

    private static Set<String> violationPaths(JsonNode body) throws IOException {
        return RequestViolations.of(RequestBodies.read(body));
    }
}
