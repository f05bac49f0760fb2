package dev.microcred.talent.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.talent.support.Seed;
import dev.microcred.text.VerifiableText;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private static Claims of(int seed) {
        return Claims.of(VerifiableText.parse(Seed.html(seed)).normalizedText());
    }

    @Test
    void aSkillModuleClaimsItsCredentialName() {
        Claims lambda = of(1);

        assertEquals(Optional.of("AWS Lambda Deep Dive"), lambda.title());
        assertEquals(Optional.empty(), lambda.credits());
    }

    @Test
    void aPracticalCompetencyIsTitledByItsUnit() {
        assertEquals(Optional.of("Electrical Installation - Three-Phase Systems"), of(2).title());
    }

    @Test
    void aContinuingEducationUnitClaimsItsCreditsUnitAndCategory() {
        Claims cme = of(4);

        assertEquals(Optional.of("Advanced Cardiac Imaging 2026"), cme.title());
        assertEquals(Optional.of(new BigDecimal("2.5")), cme.credits());
        assertEquals(Optional.of("CME"), cme.creditUnit());
        assertEquals(Optional.of("AMA PRA Category 1"), cme.category());
    }

    @Test
    void aPeerAttestationIsTitledByItsSkillAndAnOpenBadgeByItsBadge() {
        assertEquals(Optional.of("Machine Learning Model Deployment"), of(3).title());
        assertEquals(Optional.of("Web Accessibility Specialist"), of(6).title());
    }

    @Test
    void creditsThatAreNotANumberAreNoClaim() {
        Claims claims = Claims.of("CONTINUING EDUCATION UNIT\nCredits: pending");

        assertEquals(Optional.empty(), claims.credits());
    }
}
