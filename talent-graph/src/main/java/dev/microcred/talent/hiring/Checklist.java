package dev.microcred.talent.hiring;

import java.util.List;
import java.util.Optional;

/**
 * A job's requirements as a checklist. Each item names a credential code, or a skill found in a credential's title,
 * with an optional minimum level and maximum age.
 */
public record Checklist(List<Requirement> requirements) {

    public Checklist {
        requirements = List.copyOf(requirements);
    }

    /**
     * @param credentialCode the issuer's code, matched exactly (case aside); or empty to match by skill
     * @param skill          words the credential's title must contain, when no code is given
     * @param minimumLevel   e.g. "Advanced", "3" or "B2"
     * @param maxAgeMonths   how long ago the credential may have been issued
     */
    public record Requirement(Optional<String> credentialCode, Optional<String> skill, Optional<String> minimumLevel,
            Optional<Integer> maxAgeMonths) {

        /** @throws IllegalArgumentException when the item names neither a code nor a skill */
        public Requirement {
            credentialCode = credentialCode.map(String::trim).filter(c -> !c.isEmpty());
            skill = skill.map(String::trim).filter(s -> !s.isEmpty());
            if (credentialCode.isEmpty() && skill.isEmpty()) {
                throw new IllegalArgumentException("a requirement names a credentialCode or a skill");
            }
            if (maxAgeMonths.filter(m -> m <= 0).isPresent()) {
                throw new IllegalArgumentException("maxAgeMonths must be positive");
            }
        }
    }
}
