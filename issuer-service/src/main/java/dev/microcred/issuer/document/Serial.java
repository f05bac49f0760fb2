package dev.microcred.issuer.document;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The privacy salt: a random serial printed as a line of the credential text.
 *
 * <p>Hashes reach witness firms and may be rolled up onto a public chain. A text built only from
 * guessable fields (name, course, date) could then be found by trying candidates; a random serial
 * in the hashed text makes that search hopeless.
 *
 * <p>The serial is read back by people and cameras, so its alphabet leaves out every character
 * with a look-alike: {@code 0 O D Q}, {@code 1 I L J}, {@code 2 Z}, {@code 5 S}, {@code 6 G},
 * {@code 8 B} and {@code U V} (both members of each pair). What remains are the 18 characters
 * {@code 3479ACEFHKMNPRTWXY}, all upper case because the hash is case-sensitive. Twenty of them,
 * written in five groups of four (e.g. {@code 7KF3-K49E-MXR9-3WAC-HN7T}), carry 20 × log2(18) ≈ 83.4
 * bits of entropy: above the 80 bits that keep a search over every serial out of reach even of an
 * adversary who knows every other line of the text.
 * Production passes a {@link java.security.SecureRandom}; tests pass a seeded generator.
 */
public record Serial(String value) {

    /** The OCR-safe alphabet, without look-alike pairs. */
    public static final String ALPHABET = "3479ACEFHKMNPRTWXY";

    private static final int GROUPS = 5;
    private static final int GROUP_LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){4}");

    public Serial {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "serial must be five groups of four characters from " + ALPHABET + ", such as 7KF3-K49E-MXR9-3WAC-HN7T");
        }
    }

    public static Serial random(RandomGenerator rng) {
        StringBuilder value = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                value.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                value.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
            }
        }
        return new Serial(value.toString());
    }

    /** The line printed above the verify line: {@code Serial: 7KF3-K49E-MXR9-3WAC-HN7T}. */
    public String line() {
        return "Serial: " + value;
    }
}
