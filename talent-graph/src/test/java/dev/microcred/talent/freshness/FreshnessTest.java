package dev.microcred.talent.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final Instant ISSUED = Instant.parse("2026-01-03T00:00:00Z");

    @Test
    void aCredentialIssuedNowWeighsOne() {
        assertEquals(1.0, Freshness.weight("SKILL_MODULE", ISSUED, true, ISSUED));
    }

    @Test
    void aSkillModuleWeighsHalfAfterTwoYearsAndAQuarterAfterFour() {
        Instant twoYears = ISSUED.atZone(ZoneOffset.UTC).plusYears(2).toInstant();
        Instant fourYears = ISSUED.atZone(ZoneOffset.UTC).plusYears(4).toInstant();

        assertEquals(0.5, Freshness.weight("SKILL_MODULE", ISSUED, true, twoYears), 0.002);
        assertEquals(0.25, Freshness.weight("SKILL_MODULE", ISSUED, true, fourYears), 0.002);
    }

    @Test
    void aPracticalCompetencyKeepsItsValueLongerThanASkillModule() {
        Instant threeYears = ISSUED.atZone(ZoneOffset.UTC).plusYears(3).toInstant();

        double competency = Freshness.weight("PRACTICAL_COMPETENCY", ISSUED, true, threeYears);
        double module = Freshness.weight("SKILL_MODULE", ISSUED, true, threeYears);

        assertEquals(0.66, competency, 0.01);
        assertEquals(0.354, module, 0.01);
    }

    @Test
    void aCredentialThatDoesNotVerifyNowWeighsNothing() {
        assertEquals(0.0, Freshness.weight("SKILL_MODULE", ISSUED, false, ISSUED));
    }
}
