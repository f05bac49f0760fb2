package dev.microcred.talent.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How much a credential still says about current skill: {@code 0.5^(age / half-life)}, with a half-life per kind
 * of credential, and 0 for one that does not verify now. A cloud module from three years ago says less than last
 * month's; a practical competency, assessed hands-on, keeps its value longest. The half-lives are a documented
 * default (docs/holders-and-verifiers.md), not a claim about any one skill.
 */
public final class Freshness {

    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final Map<String, Integer> HALF_LIFE_MONTHS = Map.of(
            "SKILL_MODULE", 24,
            "PRACTICAL_COMPETENCY", 60,
            "PEER_ATTESTATION", 24,
            "CONTINUING_EDUCATION", 24,
            "LANGUAGE_PROFICIENCY", 36,
            "OPEN_BADGE", 36,
            "PROJECT_COMPLETION", 36);
    private static final int DEFAULT_HALF_LIFE_MONTHS = 24;

    private Freshness() {
    }

    public static int halfLifeMonths(String documentType) {
        return HALF_LIFE_MONTHS.getOrDefault(documentType, DEFAULT_HALF_LIFE_MONTHS);
    }

    /** Between 0 and 1, rounded to three decimals; 1 for a credential issued now (or dated in the future). */
    public static double weight(String documentType, Instant issuedAt, boolean verifiesNow, Instant now) {
        if (!verifiesNow) {
            return 0;
        }
        double ageMonths = Math.max(0, Duration.between(issuedAt, now).toHours() / 24.0 / DAYS_PER_MONTH);
        double weight = Math.pow(0.5, ageMonths / halfLifeMonths(documentType));
        return Math.round(weight * 1000) / 1000.0;
    }
}
