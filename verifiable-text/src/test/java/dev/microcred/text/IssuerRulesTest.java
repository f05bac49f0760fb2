package dev.microcred.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protocol section 3, step 5: the issuer's own rules, applied before the standard steps. */
class IssuerRulesTest {

    @Test
    void charNormalizationMapsEveryCharacterOfAGroupToItsReplacement() {
        // Given the protocol's example groups
        IssuerRules rules = new IssuerRules("\u00E9\u00E8\u00EA\u00EB\u2192e \u00E0\u00E1\u00E2\u00E4\u2192a", List.of());

        // When a line with accents is normalized / Then each accented letter became its group's letter
        assertEquals("Cafe creme a la carte", Normalizer.normalize("Caf\u00E9 cr\u00E8me \u00E0 la c\u00E2rte", rules));
    }

    @Test
    void groupsApplyOneAfterTheOtherAsClientsDo() {
        // Given two chained groups: a becomes b, then b becomes c
        IssuerRules rules = new IssuerRules("a\u2192b b\u2192c", List.of());

        // When applied / Then an 'a' ends as 'c', because the second group sees the first one's output
        assertEquals("ccc", rules.apply("abc"));
    }

    @Test
    void ocrRulesAreJavaRegexesAppliedInOrderAfterTheCharacterGroups() {
        // Given a group reading O as 0, then a rule reading l between digits as 1, then a label fix
        IssuerRules rules = new IssuerRules("O\u21920", List.of(
                new IssuerRules.OcrRule("(\\d)l(\\d)", "$11$2"),
                new IssuerRules.OcrRule("Reg\\s*#", "Reg:")));

        // When a scanned line is normalized
        String normalized = Normalizer.normalize("Reg #  1lO", rules);

        // Then the rule matched "1l0", which exists only after the group ran, and the label was fixed
        assertEquals("Reg: 110", normalized);
    }

    @Test
    void rulesRunBeforeTheStandardStepsSoTheySeeRawText() {
        // Given a rule matching a double space, which step 2 would otherwise collapse
        IssuerRules rules = new IssuerRules("", List.of(new IssuerRules.OcrRule(" {2}\\|", " I")));

        // When normalized / Then the rule saw the raw double space
        assertEquals("Level I", Normalizer.normalize("Level  |", rules));
    }

    @Test
    void noneChangesNothing() {
        // Given the empty rules / When applied / Then text is unchanged and the rules say they are empty
        assertTrue(IssuerRules.NONE.isEmpty());
        assertEquals(Normalizer.normalize("Caf\u00E9  x"), Normalizer.normalize("Caf\u00E9  x", IssuerRules.NONE));
    }

    @Test
    void missingFieldsMeanNoRules() {
        // Given rules read from a metadata file without the fields / Then they are empty
        assertTrue(new IssuerRules(null, null).isEmpty());
    }

    @Test
    void aGroupClientsWouldSkipIsRefused() {
        // Given groups the reference client silently ignores: no arrow, two-character replacement
        // When constructed / Then they are refused, since publishing them would break every hash
        assertThrows(IllegalArgumentException.class, () -> new IssuerRules("\u00E9e", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssuerRules("\u00E6\u2192ae", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssuerRules("\u2192e", List.of()));
    }

    @Test
    void anOcrRuleClientsWouldSkipOrCannotCompileIsRefused() {
        // Given an empty replacement (skipped by clients) and a pattern that does not compile
        // When constructed / Then both are refused
        assertThrows(IllegalArgumentException.class, () -> new IssuerRules.OcrRule("x", ""));
        assertThrows(IllegalArgumentException.class, () -> new IssuerRules.OcrRule("(unclosed", "y"));
    }
}
