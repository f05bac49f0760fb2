package dev.microcred.text.client;

import dev.microcred.text.IssuerRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of verification-meta.json that change what a client computes or shows.
 *
 * @param issuer        the issuer's display name, or "" if not given
 * @param rules         the issuer's normalization rules (protocol section 3, step 5)
 * @param hashSuffix    appended to the hash in the verify URL (protocol section 4), or ""
 * @param responseTexts status code to the text clients display for it
 */
public record IssuerMetadata(String issuer, IssuerRules rules, String hashSuffix, Map<String, String> responseTexts) {

    public IssuerMetadata {
        responseTexts = Map.copyOf(responseTexts);
    }

    /** @throws IllegalArgumentException if the JSON or the rules in it are malformed */
    static IssuerMetadata fromJson(String json) {
        Map<String, Object> meta = asObject(Json.parse(json), "verification-meta.json");
        IssuerRules rules = new IssuerRules(text(meta, "charNormalization"), ocrRules(meta.get("ocrNormalizationRules")));
        // "appendToHashResourceName" is the reference client's preferred name, the protocol's is the legacy one.
        String suffix = text(meta, "appendToHashResourceName");
        return new IssuerMetadata(text(meta, "issuer"), rules,
                suffix.isEmpty() ? text(meta, "appendToHashFileName") : suffix, responseTexts(meta.get("responseTypes")));
    }

    public Optional<String> textFor(String status) {
        return Optional.ofNullable(responseTexts.get(status));
    }

    private static List<IssuerRules.OcrRule> ocrRules(Object value) {
        List<IssuerRules.OcrRule> rules = new ArrayList<>();
        if (value == null) {
            return rules;
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("ocrNormalizationRules must be an array");
        }
        for (Object item : items) {
            Map<String, Object> rule = asObject(item, "an OCR rule");
            rules.add(new IssuerRules.OcrRule(text(rule, "pattern"), text(rule, "replacement")));
        }
        return rules;
    }

    private static Map<String, String> responseTexts(Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> types) {
            types.forEach((status, type) -> {
                if (type instanceof Map<?, ?> entry && entry.get("text") instanceof String text) {
                    texts.put(String.valueOf(status), text);
                }
            });
        }
        return texts;
    }

    private static String text(Map<String, Object> object, String field) {
        Object value = object.get(field);
        return value instanceof String text ? text : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }
}
