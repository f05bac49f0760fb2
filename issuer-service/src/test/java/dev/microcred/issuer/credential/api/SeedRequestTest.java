package dev.microcred.issuer.credential.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.issuer.document.CredentialRenderer;
import dev.microcred.issuer.document.SeedBlocks;
import dev.microcred.issuer.document.VerifiableCredentialText;
import dev.microcred.issuer.document.VerifyAddress;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedRequestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "micro1, aws-training, SkillModuleRequest",
        "micro2, city-and-guilds, PracticalCompetencyRequest",
        "micro3, linkedin-skills, PeerAttestationRequest",
        "micro4, ama, ContinuingEducationRequest",
        "micro5, duolingo-english-test, LanguageProficiencyRequest",
        "micro6, open-badges, OpenBadgeRequest",
        "project-completion, aws-training, ProjectCompletionRequest"})
    void seedRequestIsValidAndRendersAsTheSeedBlock(String name, String issuerId, String requestType) throws IOException {
        // Given the seed credential as a request body, and its issuer
        IssueCredentialRequest request = RequestBodies.read(RequestBodies.seedBody(name));
        SeedIssuer issuer = SeedIssuer.byId(issuerId);

        // When it is validated and rendered for that issuer
        Set<String> violations = RequestViolations.of(request);
        VerifiableCredentialText text = CredentialRenderer.render(request.toContent(), issuer.displayName(),
                issuer.dateStyle(), VerifyAddress.verifyLineFor(issuer.verifyBase(), request.pathSegment()),
                Optional.empty());

        // Then it has no violations, is of the requested type, and reads exactly as the seed block
        assertEquals(Set.of(), violations);
        assertEquals(requestType, request.getClass().getSimpleName());
        assertEquals(request.documentType(), request.toContent().type());
        assertEquals(SeedBlocks.plainText(name), text.plainText());
    }
}
