package dev.microcred.forwarder.witness;

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

        Witness witness = r.toWitness();

        assertEquals(List.of("EU", "UK", "US-CA"), witness.jurisdictions());
        assertTrue(witness.pushes());
        assertTrue(witness.pull());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        WitnessRegistration r = new WitnessRegistration("EU_A", " ", List.of("eu", "US-TOOLONG"), "ftp://x", "short", false);

        List<String> fields = r.violations().stream().map(Violation::field).toList();

        assertEquals(List.of("id", "displayName", "jurisdictions[0]", "jurisdictions[1]", "push.url", "push.secret"), fields);
        assertThrows(InvalidRegistrationException.class, r::toWitness);
    }

    @Test
    void aWitnessNeedsPushOrPull() {
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of("US"), null, null, false);

        assertEquals(List.of(new Violation("push", "push or pull (or both) is required")), r.violations());
    }

    @Test
    void aWitnessNeedsAtLeastOneJurisdiction() {
        WitnessRegistration r = new WitnessRegistration("w-1", "W", List.of(), null, null, true);

        assertEquals("jurisdictions", r.violations().get(0).field());
    }

    @Test
    void idsAreShortLowercaseAndUrlSafe() {
        assertTrue(new WitnessRegistration("a", "W", List.of("US"), null, null, true).violations().size() == 1);
        assertTrue(new WitnessRegistration("a".repeat(64), "W", List.of("US"), null, null, true).violations().size() == 1);
        assertTrue(new WitnessRegistration("a".repeat(63), "W", List.of("US"), null, null, true).violations().isEmpty());
        assertTrue(new WitnessRegistration("-ab", "W", List.of("US"), null, null, true).violations().size() == 1);
    }
}
