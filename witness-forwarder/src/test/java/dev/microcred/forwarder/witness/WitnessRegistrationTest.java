package dev.microcred.forwarder.witness;

import static dev.microcred.forwarder.witness.WitnessRegistration.PushUrls.HTTPS_ONLY;
import static dev.microcred.forwarder.witness.WitnessRegistration.PushUrls.PLAIN_HTTP_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WitnessRegistrationTest {
    private static final String SECRET = "s".repeat(32);

    @Test
    void pushAndPullWitnessOfEuAndUkIsValid() {
        WitnessRegistration r = new WitnessRegistration("eu-witness-a", "EU Witness A", List.of("EU", "UK", "US-CA"),
                "https://witness-a.example/deltas", SECRET, true);

        Witness witness = r.toWitness(HTTPS_ONLY);

        assertEquals(List.of("EU", "UK", "US-CA"), witness.jurisdictions());
        assertTrue(witness.pushes());
        assertTrue(witness.pull());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        WitnessRegistration r = new WitnessRegistration("EU_A", " ", List.of("eu", "US-TOOLONG"), "ftp://x", "short", false);

        List<String> fields = r.violations(HTTPS_ONLY).stream().map(Violation::field).toList();

        assertEquals(List.of("id", "displayName", "jurisdictions[0]", "jurisdictions[1]", "push.url", "push.secret"), fields);
        assertThrows(InvalidRegistrationException.class, () -> r.toWitness(HTTPS_ONLY));
    }

    @Test
    void aChosenPushSecretWithACommaOrABackslashIsRefused() {
        // A ledger lists its accepted secrets separated by commas, so these would split or escape it there
        for (String secret : List.of(SECRET + ",rest", SECRET + "\\n")) {
            WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), "https://w.example/d", secret, false);

            assertEquals(List.of(new Violation("push.secret", "must not contain a comma or a backslash")),
                    r.violations(HTTPS_ONLY));
        }
    }

    @Test
    void aDisplayNameWithAControlCharacterIsRefused() {
        // PostgreSQL refuses a NUL in text: it must be a 400 here, not a failed insert
        WitnessRegistration r = new WitnessRegistration("w-1", "Witness\u0000A", List.of("US"), null, null, true);

        assertEquals(List.of("displayName"), r.violations(HTTPS_ONLY).stream().map(Violation::field).toList());
    }

    @Test
    void aWitnessNeedsPushOrPull() {
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), null, null, false);

        assertEquals(List.of(new Violation("push", "push or pull (or both) is required")), r.violations(HTTPS_ONLY));
    }

    @Test
    void aWitnessNeedsAtLeastOneJurisdiction() {
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of(), null, null, true);

        assertEquals("jurisdictions", r.violations(HTTPS_ONLY).get(0).field());
    }

    @Test
    void idsAreShortLowercaseAndUrlSafe() {
        assertTrue(new WitnessRegistration("a", "W", List.of("US"), null, null, true).violations(HTTPS_ONLY).size() == 1);
        assertTrue(new WitnessRegistration("a".repeat(64), "W", List.of("US"), null, null, true).violations(HTTPS_ONLY).size() == 1);
        assertTrue(new WitnessRegistration("a".repeat(63), "W", List.of("US"), null, null, true).violations(HTTPS_ONLY).isEmpty());
        assertTrue(new WitnessRegistration("-ab", "W", List.of("US"), null, null, true).violations(HTTPS_ONLY).size() == 1);
    }

    @Test
    void plainHttpPushUrlIsRefusedWhereHttpsIsRequired() {
        // Given a production deployment (HTTPS only) and a push URL without TLS
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), "http://witness-a.example/deltas",
                SECRET, false);

        // When it is validated
        List<Violation> violations = r.violations(HTTPS_ONLY);

        // Then the push URL is the one error, saying HTTPS is required
        assertEquals(List.of(new Violation("push.url", "HTTPS is required: the URL must start with https://")),
                violations);
        assertThrows(InvalidRegistrationException.class, () -> r.toWitness(HTTPS_ONLY));
    }

    @Test
    void plainHttpPushUrlIsAcceptedWhereTheDeploymentAllowsIt() {
        // Given a local stack that allows plain http
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), "http://127.0.0.1:8084/witness/v1/deltas",
                SECRET, false);

        // When it is registered, then the witness pushes to that URL
        Witness witness = r.toWitness(PLAIN_HTTP_ALLOWED);

        assertEquals("http://127.0.0.1:8084/witness/v1/deltas", witness.pushUrl().orElseThrow().toString());
    }

    @Test
    void httpsPushUrlIsAcceptedEverywhere() {
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), "https://witness-a.example/deltas",
                SECRET, false);

        assertTrue(r.violations(HTTPS_ONLY).isEmpty());
        assertTrue(r.violations(PLAIN_HTTP_ALLOWED).isEmpty());
    }
}
