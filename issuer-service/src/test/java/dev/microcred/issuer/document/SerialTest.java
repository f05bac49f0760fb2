package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerialTest {

    private static final String LOOK_ALIKES = "0OQD1ILJ2Z5S6G8BUV";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){4}");

    @Test
    void randomSerialsNeverContainLookAlikeCharacters() {
        // Given a seeded generator, so a failure can be reproduced
        SplittableRandom rng = new SplittableRandom(20260103L);
        Set<Character> seen = new HashSet<>();

        // When ten thousand serials are drawn
        for (int i = 0; i < 10_000; i++) {
            String value = Serial.random(rng).value();

            // Then each is five groups of four, with no character that could be misread
            assertTrue(FORMAT.matcher(value).matches(), value);
            value.chars().filter(c -> c != '-').forEach(c -> {
                assertEquals(-1, LOOK_ALIKES.indexOf(c), value);
                seen.add((char) c);
            });
        }
        // And the whole alphabet is used
        assertEquals(Serial.ALPHABET.length(), seen.size());
    }

    @Test
    void alphabetHasNoLookAlikes() {
        Serial.ALPHABET.chars().forEach(c -> assertEquals(-1, LOOK_ALIKES.indexOf(c)));
        assertEquals(18, Serial.ALPHABET.length());
    }

    @Test
    void aSerialCarriesAtLeastEightyBitsOfEntropy() {
        // 20 characters of an 18-character alphabet: a brute-force search over serials alone needs 2^83 tries
        double bits = Serial.random(new SplittableRandom(1)).value().replace("-", "").length()
                * Math.log(Serial.ALPHABET.length()) / Math.log(2);
        assertTrue(bits >= 80, bits + " bits");
    }

    @Test
    void serialLineNamesTheSerial() {
        assertEquals("Serial: 7KF3-K49E-MXR9-3WAC-HN7T", new Serial("7KF3-K49E-MXR9-3WAC-HN7T").line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7QF3-K29D-MXR8-3WAC-HN7T", "7kf3-k49e-mxr6-3wac-hn7t", "7KF3K49EMXR93WACHN7T", "7KF3-K49E-MXR9",
            "7KF3-K49E-MXR9-3WAC-HN7", "7KF3-K49E-MXR9-3WAC-HN7T-7KF3", ""})
    void malformedOrAmbiguousSerialIsRejected(String value) {
        assertThrows(IllegalArgumentException.class, () -> new Serial(value));
    }

    @Test
    void missingSerialIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Serial(null));
    }

    @Test
    void sameSeedGivesTheSameSerial() {
        assertEquals(Serial.random(new SplittableRandom(7)), Serial.random(new SplittableRandom(7)));
        assertFalse(Serial.random(new SplittableRandom(7)).equals(Serial.random(new SplittableRandom(8))));
    }
}
