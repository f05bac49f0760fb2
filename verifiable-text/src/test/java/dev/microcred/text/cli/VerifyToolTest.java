package dev.microcred.text.cli;

import dev.microcred.text.VerifiableText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import static dev.microcred.text.cli.CannedIssuer.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status a verifier sees for each answer an issuer can give (protocol section 5). */
class VerifyToolTest {

    private static final String DOMAIN = "issuer.test";
    private static final String LONG_STATUS = "SUSPENDED PENDING REVIEW BY THE ACADEMIC BOARD OF THE INSTITUTE";
    private static CannedIssuer issuer;

    @BeforeAll
    static void startIssuer() throws IOException {
        issuer = new CannedIssuer();
        issuer.onVerify("ok", Answer.of(200, "OK\n"));
        issuer.onVerify("json-ok", Answer.of(200, "{\"status\":\"OK\"}"));
        issuer.onVerify("verified", Answer.of(200, "VERIFIED"));
        issuer.onVerify("valid", Answer.of(200, "VALID"));
        issuer.onVerify("revoked", Answer.of(200, "{\"status\":\"REVOKED\"}"));
        issuer.onMetadata("revoked", "{\"issuer\":\"Test Academy\",\"responseTypes\":{\"REVOKED\":"
                + "{\"class\":\"denying\",\"text\":\"Credential withdrawn by the issuer\"}}}");
        issuer.onVerify("long", Answer.of(200, "{\"status\":\"" + LONG_STATUS + "\"}"));
        issuer.onVerify("bad", Answer.of(400, "malformed hash"));
        issuer.onVerify("busy", new Answer(503, null, Map.of("Retry-After", "30")));
        issuer.onVerify("gone", Answer.of(410, null));
        issuer.onVerify("moved", new Answer(302, null, Map.of("Location", "https://elsewhere.test/")));
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("ok", 0, "VERIFIED by issuer.test"),
                Arguments.of("json-ok", 0, "VERIFIED by issuer.test"),
                Arguments.of("verified", 0, "VERIFIED by issuer.test"),
                Arguments.of("valid", 1, "NOT VERIFIED: VALID"),
                Arguments.of("revoked", 1, "NOT VERIFIED: REVOKED\nissuer.test explains: Credential withdrawn by the issuer"),
                Arguments.of("long", 1, "NOT VERIFIED: " + LONG_STATUS.substring(0, 50)),
                Arguments.of("missing", 1,
                        "NOT FOUND: never issued by issuer.test, or deleted (indistinguishable from a forgery)"),
                Arguments.of("bad", 1, "MALFORMED: issuer.test rejected the request as malformed (HTTP 400)"),
                Arguments.of("busy", 1, "UNAVAILABLE, retry after 30 s"),
                Arguments.of("gone", 1, "UNEXPECTED HTTP 410"),
                Arguments.of("moved", 1, "UNEXPECTED HTTP 302"));
    }

    @ParameterizedTest(name = "answer \"{0}\" shows \"{2}\"")
    @MethodSource("answers")
    void eachIssuerAnswerIsShownAsAClientWouldShowIt(String base, int exitCode, String status) {
        // Given a credential whose verify base leads to a canned answer
        String credential = "SKILL CREDENTIAL\nHolder: J. Chen\nverify:" + DOMAIN + "/" + base + "/c1";

        // When the tool checks it through --resolve
        ToolRun run = ToolRun.of(credential, "--check", "--resolve", DOMAIN + "=" + issuer.address());

        // Then it prints the status a client would show and exits accordingly
        assertEquals(status, run.section("Status"), run.out());
        assertEquals(exitCode, run.exitCode(), run.err());
    }

    @Test
    void requestsCarryTheIssuerDomainAsHostAndShowBothUrls() {
        // Given a credential on a resolved domain
        String credential = "SKILL CREDENTIAL\nverify:" + DOMAIN + "/ok/c2";
        String hash = VerifiableText.parse(credential).hash();
        issuer.hostHeaders().clear();

        // When checked
        ToolRun run = ToolRun.of(credential, "--check", "--resolve", DOMAIN + "=" + issuer.address());

        // Then both requests named the issuer's domain, and the report shows the client URL and where it went
        assertEquals(java.util.List.of(DOMAIN, DOMAIN), issuer.hostHeaders());
        assertEquals("GET https://issuer.test/ok/c2/" + hash + "\n(sent to http://" + issuer.address()
                + "/ok/c2/" + hash + ")", run.section("Request"));
        assertEquals("none published (HTTP 404): standard normalization only", run.section("Metadata"));
    }

    @Test
    void issuerRulesFromTheMetadataReNormalizeBeforeTheHashIsAsked() {
        // Given an issuer whose metadata folds é to e and that knows only the folded text's hash
        String folded = VerifiableText.parse("Caf\u00E9 Course\nverify:" + DOMAIN + "/rules/c3")
                .withRules(new dev.microcred.text.IssuerRules("\u00E9\u2192e", java.util.List.of())).hash();
        issuer.onMetadata("rules", "{\"charNormalization\":\"\u00E9\u2192e\"}");
        issuer.onVerify("rules", resource -> resource.equals(folded) ? Answer.of(200, "OK") : Answer.of(404, null));

        // When the accented text is checked
        ToolRun run = ToolRun.of("Caf\u00E9 Course\nverify:" + DOMAIN + "/rules/c3",
                "--check", "--resolve", DOMAIN + "=" + issuer.address());

        // Then the tool says it re-normalized, shows the new text and hash, and is verified
        assertTrue(run.section("Issuer rules").startsWith("re-normalized with the issuer's rules"), run.out());
        assertEquals("Cafe Course", run.section("Normalized text (with issuer rules)"));
        assertEquals(folded, run.section("SHA-256 (with issuer rules)"));
        assertEquals("VERIFIED by issuer.test", run.section("Status"));
    }

    @Test
    void theMetadataSuffixIsAppendedToTheHash() {
        // Given an issuer that serves hashes as ".json" files
        issuer.onMetadata("suffix", "{\"appendToHashFileName\":\".json\"}");
        issuer.onVerify("suffix", resource -> resource.endsWith(".json") ? Answer.of(200, "OK") : Answer.of(404, null));

        // When checked / Then the suffixed URL was asked and answered
        ToolRun run = ToolRun.of("A\nverify:" + DOMAIN + "/suffix/c4", "--check", "--resolve", DOMAIN + "=" + issuer.address());
        assertEquals("VERIFIED by issuer.test", run.section("Status"), run.out());
    }

    @Test
    void unusableMetadataIsReportedAndTheCheckGoesOn() {
        // Given metadata that is not JSON
        issuer.onMetadata("broken", "{charNormalization: oops");
        issuer.onVerify("broken", Answer.of(200, "OK"));

        // When checked / Then the problem is reported, the standard rules apply, and the answer still counts
        ToolRun run = ToolRun.of("A\nverify:" + DOMAIN + "/broken/c5", "--check", "--resolve", DOMAIN + "=" + issuer.address());
        assertTrue(run.section("Metadata").startsWith("unusable, ignored (malformed JSON"), run.out());
        assertEquals(0, run.exitCode());
    }
}
