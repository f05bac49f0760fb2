package dev.microcred.talent.hiring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Credential levels compared across the scales issuers print: numbers (City & Guilds "Level: 3"), CEFR bands
 * ("B2-C1" counts as its lower band) and the usual words. Two levels on different scales do not compare, so a
 * requirement is never met by a guess.
 */
final class Level {

    private static final List<String> CEFR = List.of("a1", "a2", "b1", "b2", "c1", "c2");
    private static final List<String> WORDS = List.of("foundational", "beginner", "intermediate", "associate",
            "advanced", "professional", "expert");

    private Level() {
    }

    /** Whether {@code held} is at least {@code minimum}; empty when the two do not compare. */
    static Optional<Boolean> atLeast(String held, String minimum) {
        return rank(held).flatMap(h -> rank(minimum).filter(m -> m.scale() == h.scale())
                .map(m -> Double.compare(h.value(), m.value()) >= 0));
    }

    private enum Scale { NUMBER, CEFR, WORDS }

    private record Rank(Scale scale, double value) {
    }

    private static Optional<Rank> rank(String level) {
        String l = level.trim().toLowerCase(Locale.ROOT);
        if (l.matches("\\d{1,3}(\\.\\d+)?")) {
            return Optional.of(new Rank(Scale.NUMBER, Double.parseDouble(l)));
        }
        if (l.length() >= 2 && CEFR.contains(l.substring(0, 2))) {
            return Optional.of(new Rank(Scale.CEFR, CEFR.indexOf(l.substring(0, 2))));
        }
        int word = WORDS.indexOf(l);
        return word < 0 ? Optional.empty() : Optional.of(new Rank(Scale.WORDS, word));
    }
}
