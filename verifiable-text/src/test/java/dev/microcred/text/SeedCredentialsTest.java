package dev.microcred.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The six seed credentials, read from their HTML blocks as a browser client would. The pinned
 * hashes were reproduced outside Java, see the comment on {@link #seedCredentials()}.
 */
class SeedCredentialsTest {

    // How the pinned hashes were reproduced without this code, from the blocks in src/test/resources/seed
    // (strip tags, trim lines, drop the '[' marker, blank lines and the verify line, no trailing newline):
    //   cd src/test/resources/seed && for n in 1 2 3 4 5 6; do
    //     sed 's/<br>//; s/<[^>]*>//g' micro$n.html | sed 's/^[[:space:]]*//; s/[[:space:]]*$//; s/^\[//' \
    //       | grep -v '^$' | grep -v '^verify:' | head -c -1 | sha256sum; done
    // Credential 1 is also the protocol's worked example:
    //   printf 'SKILL CREDENTIAL\nAWS Training and Certification\n...\nExpires: Never (knowledge may become outdated)' | sha256sum
    static Stream<Arguments> seedCredentials() {
        return Stream.of(
                Arguments.of(1, "aws.training/cred/jc-lambda-2026", String.join("\n",
                        "SKILL CREDENTIAL", "AWS Training and Certification", "Holder: james.chen@email.com",
                        "Credential: AWS Lambda Deep Dive", "Type: Specialty Module", "Level: Advanced",
                        "Completed: January 3, 2026", "Score: 94%", "Time: 4.2 hours",
                        "Expires: Never (knowledge may become outdated)"),
                        "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded"),
                Arguments.of(2, "cityandguilds.com/v/7891234-308", String.join("\n",
                        "PRACTICAL COMPETENCY", "City & Guilds", "Candidate: Michael Torres", "Registration: 7891234",
                        "Unit: Electrical Installation - Three-Phase Systems", "Code: 2365-03-Unit-308", "Level: 3",
                        "Assessment: Practical + Theory", "Result: COMPETENT", "Date: 12 January 2026",
                        "Assessor: R. Williams (Reg: CG-44521)"),
                        "e5d0d00d0cf107d3bfba2d7525278679408ff3ef397a0d47591f41b6c61ccfb8"),
                Arguments.of(3, "linkedin.com/skills/v/sarahkim-mlops", String.join("\n",
                        "PEER SKILL ATTESTATION", "LinkedIn Skills Verification", "Professional: Sarah Kim",
                        "Profile: linkedin.com/in/sarahkim", "Skill: Machine Learning Model Deployment", "Attested By:",
                        "- Dr. James Liu (ML Lead, TechCorp) \u2713", "- Maria Santos (Senior Engineer, DataCo) \u2713",
                        "- Ahmed Hassan (CTO, AI Startup) \u2713", "Attestation Date: January 2026",
                        "Confidence: High (3 senior practitioners)"),
                        "e7253b549fa397dfca656ab664327cc6877bf7078cdf3820df8d66d2b449f83a"),
                Arguments.of(4, "ama-assn.org/cme/v/1234567890-2026-01", String.join("\n",
                        "CONTINUING EDUCATION UNIT", "American Medical Association", "Physician: Dr. Robert Chen, MD",
                        "NPI: 1234567890", "Activity: Advanced Cardiac Imaging 2026", "Category: AMA PRA Category 1",
                        "Credits: 2.5 CME", "Completed: January 6, 2026", "Format: Live Webinar",
                        "Provider: UCSF Medical Center"),
                        "e97523df0dd4424ef39e4f9b4e5ae0500fb8c85cea60906dff0809275c3cd47e"),
                Arguments.of(5, "englishtest.duolingo.com/v/DET-2026-4478921", String.join("\n",
                        "LANGUAGE PROFICIENCY", "Duolingo English Test", "Test Taker: Maria Garcia",
                        "Test ID: DET-2026-4478921", "Overall Score: 125 / 160", "Subscores:", "- Literacy: 120",
                        "- Conversation: 130", "- Comprehension: 125", "- Production: 125", "CEFR Estimate: B2-C1",
                        "Test Date: January 4, 2026", "Valid Until: January 4, 2028"),
                        "f8b521b4a070d50a281687c24e4744ee71b6df5713978974efabfe972a9d1798"),
                Arguments.of(6, "openbadges.org/v/w3c-a11y-at-2026", String.join("\n",
                        "OPEN BADGE", "Mozilla Foundation / IMS Global", "Earner: Alex Thompson",
                        "Email Hash: a3f2...8b71", "Badge: Web Accessibility Specialist",
                        "Issuer: W3C Web Accessibility Initiative", "Criteria Met:", "- WCAG 2.1 Assessment: Passed",
                        "- Practical Audit: 3 sites reviewed", "- Peer Review: Approved", "Issued: January 8, 2026"),
                        "33d58f576d3f486070e11b9f1a090ffe13e715647bd00f6a92d61349ced7b63f"));
    }

    @ParameterizedTest(name = "seed credential {0} reads as a browser client reads it")
    @MethodSource("seedCredentials")
    void seedHtmlBlockYieldsItsVerifyBaseLinesAndPinnedHash(int number, String base, String lines, String hash) {
        // Given the verbatim HTML block of a seed credential
        String html = Seed.html(number);

        // When a client reads it
        VerifiableText text = VerifiableText.fromHtml(html);

        // Then it finds the verify base, hashes the lines above it and asks the pinned URL
        assertEquals(base, text.verifyLine().base());
        assertEquals(lines, text.normalizedText());
        assertEquals(hash, text.hash());
        assertEquals("https://" + base + "/" + hash, text.url());
    }

    @Test
    void seedCredentialOneHashesToTheWorkedExample() {
        // Given the text of seed credential 1 from SKILL CREDENTIAL to the Expires line, blank lines included
        String text = """
                SKILL CREDENTIAL
                AWS Training and Certification

                Holder: james.chen@email.com

                Credential: AWS Lambda Deep Dive
                Type: Specialty Module
                Level: Advanced

                Completed: January 3, 2026
                Score: 94%
                Time: 4.2 hours

                Expires: Never (knowledge may become outdated)""";

        // When it is normalized and hashed
        String normalized = Normalizer.normalize(text);

        // Then the blank lines are gone, ten lines remain, and the hash is the protocol's worked example
        assertEquals(10, normalized.lines().count());
        assertEquals("3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded",
                ContentHash.sha256Hex(normalized));
    }

    @Test
    void seedCredentialOneReadsTheSameAsPlainTextWithMarkers() {
        // Given seed credential 1 as a client sees it on paper: markers and verify line included
        String plain = "[SKILL CREDENTIAL\nAWS Training and Certification\n\nHolder: james.chen@email.com\n"
                + "Credential: AWS Lambda Deep Dive\nType: Specialty Module\nLevel: Advanced\n"
                + "Completed: January 3, 2026\nScore: 94%\nTime: 4.2 hours\n"
                + "Expires: Never (knowledge may become outdated)\nverify:aws.training/cred/jc-lambda-2026 ]";

        // When it is read as plain text and as HTML
        VerifiableText fromPlain = VerifiableText.fromPlainText(plain);
        VerifiableText fromHtml = VerifiableText.fromHtml(Seed.html(1));

        // Then both give the worked example's URL
        assertEquals("https://aws.training/cred/jc-lambda-2026/"
                + "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded", fromPlain.url());
        assertEquals(fromPlain.url(), fromHtml.url());
    }
}
