package dev.microcred.text;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Per-issuer rules from verification-meta.json, applied BEFORE the standard normalization.
 *
 * <p>Rules are checked when constructed, and stricter than the reference client: that client
 * silently skips a character group whose replacement is not exactly one character and an OCR
 * rule whose replacement is empty. Rules it skips would make our hashes differ from the ones
 * clients compute, so we refuse them instead of publishing them. Once published for a path,
 * rules must never change (protocol section 3, step 5).
 *
 * @param charNormalization     groups like {@code "éèêë→e àáâä→a"}, or "" for none
 * @param ocrNormalizationRules regex rules applied, in order, after the character groups
 */
public record IssuerRules(String charNormalization, List<OcrRule> ocrNormalizationRules) {

    public static final IssuerRules NONE = new IssuerRules("", List.of());

    public IssuerRules {
        charNormalization = charNormalization == null ? "" : charNormalization;
        ocrNormalizationRules = ocrNormalizationRules == null ? List.of() : List.copyOf(ocrNormalizationRules);
        CharacterGroups.parse(charNormalization);
    }

    /**
     * One regex rule. The pattern and the replacement use {@link java.util.regex.Matcher#replaceAll}
     * syntax; {@code $1} back-references mean the same as in the JavaScript clients.
     */
    public record OcrRule(String pattern, String replacement) {

        public OcrRule {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(replacement, "replacement");
            if (pattern.isEmpty() || replacement.isEmpty()) {
                throw new IllegalArgumentException("OCR rule needs a non-empty pattern and replacement"
                        + " (live-verify clients skip empty ones): " + pattern + " -> " + replacement);
            }
            Pattern.compile(pattern);
        }

        String applyTo(String text) {
            return Pattern.compile(pattern).matcher(text).replaceAll(replacement);
        }
    }

    /** True when the rules change nothing, so the standard normalization alone applies. */
    public boolean isEmpty() {
        return charNormalization.isBlank() && ocrNormalizationRules.isEmpty();
    }

    /** Step 5: the character groups first, then each OCR rule in order, as the clients do. */
    public String apply(String text) {
        String result = CharacterGroups.parse(charNormalization).applyTo(text);
        for (OcrRule rule : ocrNormalizationRules) {
            result = rule.applyTo(result);
        }
        return result;
    }
}
